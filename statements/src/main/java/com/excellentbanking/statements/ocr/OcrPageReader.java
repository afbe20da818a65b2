package com.excellentbanking.statements.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.layout.Page;
import com.excellentbanking.statements.layout.Word;

/**
 * Reads one page image into positioned words in points, the way the layout engine wants
 * them: greyscale, straightened, OCR'd, scaled from pixels to points.
 */
public final class OcrPageReader {

	/** Below this share of ink a page is blank and is not sent to OCR. */
	static final double BLANK_INK = 0.0005;

	private final OcrEngine engine;

	public OcrPageReader(OcrEngine engine) {
		this.engine = engine;
	}

	public boolean available() {
		return this.engine.available();
	}

	private static BufferedImage copy(BufferedImage gray) {
		BufferedImage copy = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		copy.getRaster().setRect(gray.getRaster());
		return copy;
	}

	/**
	 * @param pointsPerPixel 72 / the image's resolution in dpi
	 */
	public Page read(BufferedImage image, int number, double pointsPerPixel) {
		BufferedImage gray = PageImages.gray(image);
		double width = gray.getWidth() * pointsPerPixel;
		double height = gray.getHeight() * pointsPerPixel;
		if (PageImages.inkShare(gray) < BLANK_INK) {
			return new Page(number, width, height, List.of());
		}
		// Specks of up to a few pixels at 300 dpi are dust; a full stop is larger.
		int speck = (int) Math.max(2, Math.round(5 * Math.pow(pointsPerPixel * 300 / 72, 2)));
		BufferedImage clean = PageImages.despeckle(copy(gray), speck);
		BufferedImage straight = Deskew.straighten(clean, Deskew.angle(clean));
		List<Word> pixels = this.engine.read(straight, number);
		List<Word> points = new ArrayList<>(pixels.size());
		for (Word word : pixels) {
			points.add(new Word(word.text(), word.x0() * pointsPerPixel, word.y0() * pointsPerPixel,
					word.x1() * pointsPerPixel, word.y1() * pointsPerPixel, number));
		}
		return new Page(number, width, height, points);
	}

}
