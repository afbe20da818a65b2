package com.excellentbanking.statements.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.excellentbanking.statements.layout.Word;

/**
 * Reads Tesseract's TSV output ({@code level page_num block_num par_num line_num word_num
 * left top width height conf text}) into words.
 *
 * <p>
 * A word's box includes its ascenders and descenders, so "Paying" sits lower than "PAID"
 * on the same line. Words of one Tesseract line therefore share the line's median top and
 * bottom, which gives the layout engine one baseline per line.
 */
public final class TesseractTsv {

	/** Words Tesseract is less sure of than this are specks, rules and logo fragments. */
	static final double MIN_CONFIDENCE = 10;

	private TesseractTsv() {
	}

	/**
	 * Specks and table rules come out as lone punctuation ("|", ":", "‘") or as unsure
	 * single letters; neither is ever part of a statement's data. Currency signs are
	 * kept.
	 */
	static boolean noise(String text, double confidence) {
		boolean meaningful = text.chars().anyMatch((c) -> Character.isLetterOrDigit(c) || "$€£¥".indexOf(c) >= 0);
		if (!meaningful) {
			return true;
		}
		return text.length() == 1 && !Character.isDigit(text.charAt(0)) && confidence < 60;
	}

	public static List<Word> parse(String tsv, int page) {
		Map<String, List<String[]>> lines = new LinkedHashMap<>();
		for (String row : tsv.split("\\R")) {
			String[] f = row.split("\t", -1);
			if (f.length < 12 || !"5".equals(f[0])) {
				continue;
			}
			String text = f[11].strip();
			double confidence;
			try {
				confidence = Double.parseDouble(f[10]);
			}
			catch (NumberFormatException ex) {
				continue;
			}
			if (text.isEmpty() || confidence < MIN_CONFIDENCE || noise(text, confidence)) {
				continue;
			}
			lines.computeIfAbsent(f[2] + "/" + f[3] + "/" + f[4], (k) -> new ArrayList<>()).add(f);
		}
		List<Word> words = new ArrayList<>();
		for (List<String[]> line : lines.values()) {
			double[] tops = line.stream().mapToDouble((f) -> Double.parseDouble(f[7])).sorted().toArray();
			double[] bottoms = line.stream()
				.mapToDouble((f) -> Double.parseDouble(f[7]) + Double.parseDouble(f[9]))
				.sorted()
				.toArray();
			double top = tops[tops.length / 2];
			double bottom = bottoms[bottoms.length / 2];
			if (bottom <= top) {
				continue;
			}
			for (String[] f : line) {
				double left = Double.parseDouble(f[6]);
				double width = Double.parseDouble(f[8]);
				words.add(new Word(f[11].strip(), left, top, left + Math.max(width, 1), bottom, page));
			}
		}
		return words;
	}

}
