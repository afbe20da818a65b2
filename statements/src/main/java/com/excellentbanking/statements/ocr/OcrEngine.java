package com.excellentbanking.statements.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

import com.excellentbanking.statements.layout.Word;

/**
 * Reads the words of a page image. Coordinates are the image's pixels; the caller scales
 * them to points.
 */
public interface OcrEngine {

	/**
	 * Whether the engine can run on this machine (its binary or library is installed).
	 */
	boolean available();

	/**
	 * The page's words, or an empty list for a page without text.
	 * @throws OcrException when recognition fails or runs out of time
	 */
	List<Word> read(BufferedImage image, int page);

}
