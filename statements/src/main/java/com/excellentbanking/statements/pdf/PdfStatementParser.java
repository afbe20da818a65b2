package com.excellentbanking.statements.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementParser;
import com.excellentbanking.statements.layout.LayoutResult;
import com.excellentbanking.statements.layout.LayoutStatementReader;
import com.excellentbanking.statements.layout.Page;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.ocr.OcrEngine;
import com.excellentbanking.statements.ocr.OcrException;
import com.excellentbanking.statements.ocr.OcrPageReader;
import com.excellentbanking.statements.ocr.TesseractCliOcr;

/**
 * PDF statements of any bank layout. Pages with a text layer are read from it; pages
 * without text (scans, or scanned pages inside a mixed PDF) are rendered and read by OCR.
 */
public final class PdfStatementParser implements StatementParser {

	/** Longer documents are refused: no statement has this many pages. */
	public static final int MAX_PAGES = 2000;

	/** Resolution of page images for OCR: what Tesseract is trained for. */
	static final float OCR_DPI = 300;

	/** Rendered pages larger than this are drawn at a lower resolution. */
	static final double MAX_RENDER_PIXELS = 40_000_000;

	/**
	 * Images with more pixels than this are not drawn: the same bound as for image files,
	 * about a 900 dpi A4 scan.
	 */
	static final long MAX_IMAGE_PIXELS = 80_000_000L;

	/** A page with fewer text characters than this is treated as an image. */
	static final int MIN_TEXT_CHARACTERS = 20;

	private final OcrPageReader ocr;

	private final LayoutStatementReader layout;

	public PdfStatementParser(OcrEngine ocr, LayoutStatementReader layout) {
		this.ocr = new OcrPageReader(ocr);
		this.layout = layout;
	}

	public PdfStatementParser() {
		this(TesseractCliOcr.standard(), new LayoutStatementReader());
	}

	@Override
	public StatementFormat format() {
		return StatementFormat.PDF;
	}

	@Override
	public ParsedDocument parse(byte[] content, ReadOptions options) {
		try (PDDocument document = PdfDocuments.open(content, options.password())) {
			return read(document, options);
		}
		catch (IOException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The PDF is damaged and cannot be read", ex);
		}
	}

	private ParsedDocument read(PDDocument document, ReadOptions options) {
		int pageCount = document.getNumberOfPages();
		if (pageCount > MAX_PAGES) {
			throw new StatementException(ErrorCode.TOO_LARGE,
					"The PDF has " + pageCount + " pages; at most " + MAX_PAGES + " are read");
		}
		if (pageCount == 0) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The PDF has no pages");
		}
		List<Page> pages = new ArrayList<>(pageCount);
		List<String> warnings = new ArrayList<>();
		long characters = 0;
		int scanned = 0;
		int unreadable = 0;
		PdfWordStripper stripper = new PdfWordStripper();
		PDFRenderer renderer = null;
		for (int number = 1; number <= pageCount; number++) {
			Page page = textPage(stripper, document, number);
			int pageCharacters = stripper.characters();
			if (pageCharacters < MIN_TEXT_CHARACTERS) {
				if (this.ocr.available()) {
					if (renderer == null) {
						renderer = new PDFRenderer(document);
						// Scans stored at a higher resolution than OCR needs are read
						// at the rendering's resolution, not at their own.
						renderer.setSubsamplingAllowed(true);
					}
					try {
						page = ocrPage(renderer, document.getPage(number - 1), number);
						scanned++;
						pageCharacters = page.words().stream().mapToInt((w) -> w.text().length()).sum();
					}
					catch (OcrException ex) {
						warnings.add("Page " + number + " could not be read by OCR: " + ex.getMessage());
					}
				}
				else {
					unreadable++;
				}
			}
			characters += pageCharacters;
			pages.add(page);
			options.progress().onProgress(number, pageCount);
		}
		if (unreadable == pageCount) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"This PDF is a scan without text, and OCR is not available on this server");
		}
		if (unreadable > 0) {
			warnings.add(unreadable + " page(s) without text were skipped: OCR is not available on this server");
		}
		if (scanned > 0) {
			warnings.add(scanned + " page(s) were read by OCR: check their amounts and dates against the original");
		}
		LayoutResult result = this.layout.read(pages);
		warnings.addAll(result.warnings());
		return new ParsedDocument(StatementFormat.PDF, pageCount, characters, result.statements(), warnings);
	}

	private static Page textPage(PdfWordStripper stripper, PDDocument document, int number) {
		try {
			return stripper.page(document, number);
		}
		catch (StatementException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"Page " + number + " of the PDF is damaged and cannot be read", ex);
		}
	}

	private Page ocrPage(PDFRenderer renderer, PDPage pdfPage, int number) {
		long pixels = EmbeddedImages.largestPixels(pdfPage);
		if (pixels > MAX_IMAGE_PIXELS) {
			throw new StatementException(ErrorCode.TOO_LARGE, "Page " + number + " holds an image of " + pixels
					+ " pixels; at most " + MAX_IMAGE_PIXELS + " are read");
		}
		PDRectangle box = pdfPage.getCropBox();
		double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
		float dpi = (float) Math.min(OCR_DPI, Math.sqrt(MAX_RENDER_PIXELS / Math.max(inches, 1e-3)));
		BufferedImage image;
		try {
			image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
		}
		catch (IOException | RuntimeException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"Page " + number + " of the PDF is damaged and cannot be drawn", ex);
		}
		return this.ocr.read(image, number, 72.0 / dpi);
	}

}
