package com.excellentbanking.statements.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementParser;
import com.excellentbanking.statements.layout.LayoutResult;
import com.excellentbanking.statements.layout.LayoutStatementReader;
import com.excellentbanking.statements.layout.Page;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;

/**
 * Scanned or photographed statements (PNG, JPEG, TIFF, multi-page TIFF included), read by
 * OCR and the layout engine.
 */
public final class ImageStatementParser implements StatementParser {

	/** Pages beyond this are refused; a scan of a statement has a few dozen at most. */
	static final int MAX_PAGES = 200;

	/**
	 * Larger images are refused before decoding, so a crafted file cannot exhaust memory.
	 */
	static final long MAX_PIXELS = 80_000_000L;

	/** Small photos are enlarged so text reaches the size Tesseract reads best. */
	static final int MIN_WIDTH = 2000;

	private final OcrPageReader ocr;

	private final LayoutStatementReader layout;

	public ImageStatementParser(OcrEngine engine, LayoutStatementReader layout) {
		this.ocr = new OcrPageReader(engine);
		this.layout = layout;
	}

	public ImageStatementParser() {
		this(TesseractCliOcr.standard(), new LayoutStatementReader());
	}

	@Override
	public StatementFormat format() {
		return StatementFormat.IMAGE;
	}

	@Override
	public ParsedDocument parse(byte[] content, ReadOptions options) {
		if (!this.ocr.available()) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"This file is a scan, and OCR is not available on this server");
		}
		List<Page> pages = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			ImageReader reader = readerFor(in);
			try {
				reader.setInput(in);
				int count = reader.getNumImages(true);
				if (count > MAX_PAGES) {
					throw new StatementException(ErrorCode.TOO_LARGE,
							"The image has " + count + " pages; at most " + MAX_PAGES + " are read");
				}
				for (int i = 0; i < count; i++) {
					long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
					if (pixels > MAX_PIXELS) {
						throw new StatementException(ErrorCode.TOO_LARGE, "The image is too large to read ("
								+ reader.getWidth(i) + " x " + reader.getHeight(i) + " pixels)");
					}
					BufferedImage image = PageImages.gray(reader.read(i));
					double dpi = dpi(reader.getImageMetadata(i));
					double factor = enlargement(image.getWidth(), image.getHeight());
					if (factor > 1) {
						image = PageImages.scale(image, factor);
						dpi *= factor;
					}
					try {
						pages.add(this.ocr.read(image, i + 1, 72.0 / dpi));
					}
					catch (OcrException ex) {
						warnings.add("Page " + (i + 1) + " could not be read by OCR: " + ex.getMessage());
					}
					options.progress().onProgress(i + 1, count);
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof StatementException statementException) {
				throw statementException;
			}
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The image could not be decoded", ex);
		}
		LayoutResult result = this.layout.read(pages);
		warnings.addAll(0, List.of("Read by OCR: check amounts and dates against the original"));
		warnings.addAll(result.warnings());
		long characters = pages.stream().flatMap((p) -> p.words().stream()).mapToLong((w) -> w.text().length()).sum();
		return new ParsedDocument(StatementFormat.IMAGE, pages.size(), characters, result.statements(), warnings);
	}

	/**
	 * How much to enlarge a narrow image: up to four times, to {@link #MIN_WIDTH}, but
	 * never past {@link #MAX_PIXELS} (a long thin strip would otherwise grow
	 * sixteenfold).
	 */
	static double enlargement(int width, int height) {
		if (width >= MIN_WIDTH) {
			return 1;
		}
		double wanted = Math.min((double) MIN_WIDTH / width, 4);
		double allowed = Math.sqrt((double) MAX_PIXELS / ((double) width * height));
		return Math.max(1, Math.min(wanted, allowed));
	}

	private static ImageReader readerFor(ImageInputStream in) {
		if (in == null) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The image could not be decoded");
		}
		Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
		if (!readers.hasNext()) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT, "This image format cannot be read");
		}
		return readers.next();
	}

	/** The resolution the scanner recorded, or 300 dpi (a typical scan) when none. */
	static double dpi(IIOMetadata metadata) {
		try {
			if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
				org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_1.0");
				org.w3c.dom.NodeList sizes = ((org.w3c.dom.Element) root).getElementsByTagName("HorizontalPixelSize");
				if (sizes.getLength() > 0) {
					String value = ((org.w3c.dom.Element) sizes.item(0)).getAttribute("value");
					double millimetresPerPixel = Double.parseDouble(value);
					if (millimetresPerPixel > 0) {
						double dpi = 25.4 / millimetresPerPixel;
						if (dpi >= 70 && dpi <= 1200) {
							return dpi;
						}
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// Unreadable metadata: fall back to the usual scan resolution.
		}
		return 300;
	}

}
