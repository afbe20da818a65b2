package com.excellentbanking.statements.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import com.excellentbanking.statements.layout.Page;
import com.excellentbanking.statements.layout.Word;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Collects a PDF page's glyphs with their positions and joins them into words.
 *
 * <p>
 * Glyphs are taken in content-stream order, not re-sorted: a generator draws a word's
 * letters together, so two texts printed on top of each other (a footer a point above a
 * table row) do not get interleaved. Glyphs drawn at an angle (diagonal watermarks) and
 * glyphs running in another direction than the page's text are left out.
 */
final class PdfWordStripper extends PDFTextStripper {

	/** A word ends where the next glyph starts more than this share of an em away. */
	static final double WORD_GAP_EMS = 0.18;

	/**
	 * How long reading one page's text may take. A real statement page takes
	 * milliseconds; a content stream built to burn CPU (millions of operators) is cut off
	 * instead of holding a worker for minutes.
	 */
	static final Duration PAGE_BUDGET = Duration.ofSeconds(20);

	/** The clock is read only every this many operators; reading it is not free. */
	private static final int OPERATORS_PER_CHECK = 1024;

	private final List<Glyph> glyphs = new ArrayList<>();

	private final long budgetNanos;

	private long deadline;

	private int operators;

	private int pageNumber;

	private PDRectangle box;

	private int characters;

	PdfWordStripper() {
		this(PAGE_BUDGET);
	}

	PdfWordStripper(Duration pageBudget) {
		this.budgetNanos = pageBudget.toNanos();
		setSortByPosition(false);
		setSuppressDuplicateOverlappingText(false);
	}

	/** The words of one page (1-based). */
	Page page(PDDocument document, int number) throws IOException {
		this.glyphs.clear();
		this.characters = 0;
		this.pageNumber = number;
		this.operators = 0;
		this.deadline = System.nanoTime() + this.budgetNanos;
		setStartPage(number);
		setEndPage(number);
		PDPage page = document.getPage(number - 1);
		this.box = page.getCropBox();
		writeText(document, new StringWriter());
		double width = this.box.getWidth();
		double height = this.box.getHeight();
		if (page.getRotation() % 180 != 0) {
			double swap = width;
			width = height;
			height = swap;
		}
		return new Page(number, width, height, words(number));
	}

	/**
	 * Characters of text found on the last page read, watermarks included: a page whose
	 * only text is a watermark is still a text page, not a scan.
	 */
	int characters() {
		return this.characters;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		if (++this.operators % OPERATORS_PER_CHECK == 0 && System.nanoTime() > this.deadline) {
			throw new StatementException(ErrorCode.TOO_LARGE,
					"Page " + this.pageNumber + " takes longer than " + Duration.ofNanos(this.budgetNanos).toSeconds()
							+ " s to read; its content is not that of a statement");
		}
		super.processOperator(operator, operands);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		String unicode = text.getUnicode();
		if (unicode == null || unicode.isEmpty()) {
			return;
		}
		if (!unicode.isBlank()) {
			this.characters += unicode.length();
		}
		Matrix m = text.getTextMatrix();
		double a = m.getValue(0, 0);
		double b = m.getValue(0, 1);
		// Upright or turned by a multiple of 90 degrees; anything else is decoration.
		boolean axisAligned = Math.abs(a * b) <= 1e-3 * (a * a + b * b);
		if (!axisAligned) {
			return;
		}
		double size = text.getFontSizeInPt();
		if (size <= 0.5) {
			size = Math.max(text.getHeightDir() * 1.4, 1);
		}
		this.glyphs.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size,
				Math.round(text.getDir())));
	}

	private List<Word> words(int page) {
		Map<Integer, Integer> directions = new HashMap<>();
		for (Glyph glyph : this.glyphs) {
			directions.merge(glyph.dir, 1, Integer::sum);
		}
		int main = directions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
		List<Word> words = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		double x0 = 0;
		double x1 = 0;
		double baseline = 0;
		double size = 0;
		for (Glyph glyph : this.glyphs) {
			if (glyph.dir != main) {
				continue;
			}
			boolean blank = glyph.text.isBlank();
			boolean breaks = text.length() > 0
					&& (blank || Math.abs(glyph.y - baseline) > 0.3 * size || glyph.x < x1 - 0.3 * size
							|| glyph.x - x1 > WORD_GAP_EMS * size || Math.abs(glyph.size - size) > 0.3 * size);
			if (breaks) {
				words.add(new Word(text.toString(), x0, baseline - size, x1, baseline, page));
				text.setLength(0);
			}
			if (blank) {
				continue;
			}
			if (text.length() == 0) {
				x0 = glyph.x;
				baseline = glyph.y;
				size = glyph.size;
			}
			text.append(glyph.text);
			x1 = Math.max(x1, glyph.x + glyph.width);
			if (text.length() == glyph.text.length()) {
				x1 = glyph.x + glyph.width;
			}
		}
		if (text.length() > 0) {
			words.add(new Word(text.toString(), x0, baseline - size, x1, baseline, page));
		}
		return words;
	}

	private record Glyph(String text, double x, double y, double width, double size, int dir) {

	}

}
