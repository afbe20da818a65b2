package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: running headers and footers, page numbers, print codes. Such lines are
 * never part of a transaction, even when they sit right under a table row.
 *
 * <p>
 * A line is furniture when the same text (numbers aside) appears at about the same height
 * near the top or bottom of two or more pages, or when it ends in a page number.
 */
final class Furniture {

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"(?i)(?:^|\\s)(?:page|seite|pagina|página|pág\\.?|pag\\.?|blatt|feuille|hoja|blad)?\\s*(\\d{1,4})\\s*(?:of|von|de|di|sur|van|/)\\s*(\\d{1,4})$");

	/** Share of the page height at the top and the bottom where running text sits. */
	static final double MARGIN_ZONE = 0.22;

	private Furniture() {
	}

	static Set<Line> find(List<Page> pages, Map<Integer, List<Line>> linesByPage) {
		Map<String, List<Line>> byText = new HashMap<>();
		Map<Integer, Double> heights = new HashMap<>();
		Set<Line> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Page page : pages) {
			heights.put(page.number(), page.height());
			for (Line line : linesByPage.getOrDefault(page.number(), List.of())) {
				if (pageNumber(line)) {
					furniture.add(line);
					continue;
				}
				if (inMarginZone(line, page)) {
					byText.computeIfAbsent(key(line.text()), (k) -> new ArrayList<>()).add(line);
				}
			}
		}
		for (List<Line> same : byText.values()) {
			for (Line a : same) {
				if (looksLikeRow(a) || hangsUnderARow(a, linesByPage.get(a.page()))) {
					continue;
				}
				// Scans shift by a few points from page to page; text layers do not.
				double tolerance = Math.max(4, heights.getOrDefault(a.page(), 800.0) * 0.01);
				for (Line b : same) {
					if (a.page() != b.page() && Math.abs(a.baseline() - b.baseline()) <= tolerance) {
						furniture.add(a);
						break;
					}
				}
			}
		}
		return furniture;
	}

	/**
	 * A wrapped description line right under a table row is content, even when the same
	 * text happens to sit at the same height on another page.
	 */
	private static boolean hangsUnderARow(Line line, List<Line> page) {
		int index = page.indexOf(line);
		Line below = line;
		for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
			Line above = page.get(i);
			if (below.baseline() - above.baseline() > TableReader.CONTINUATION_GAP * below.size()) {
				return false;
			}
			for (List<Word> phrase : above.phrases()) {
				if (AmountParser.parse(Phrases.text(phrase)).isPresent()) {
					return true;
				}
			}
			below = above;
		}
		return false;
	}

	/**
	 * Two pages may well start with the same merchant at the same height; numbers aside
	 * the rows read alike, but a line with money in it is not a running header.
	 */
	private static boolean looksLikeRow(Line line) {
		for (List<Word> phrase : line.phrases()) {
			if (AmountParser.parse(Phrases.text(phrase)).isPresent()) {
				return true;
			}
		}
		return false;
	}

	static boolean pageNumber(Line line) {
		String text = line.text();
		if (line.words().size() > 14 || !Character.isDigit(text.charAt(text.length() - 1))) {
			return false;
		}
		Matcher m = PAGE_NUMBER.matcher(text);
		if (!m.find()) {
			return false;
		}
		int page = Integer.parseInt(m.group(1));
		int of = Integer.parseInt(m.group(2));
		return page >= 1 && page <= of;
	}

	private static boolean inMarginZone(Line line, Page page) {
		if (page.height() <= 0) {
			return true;
		}
		double y = line.baseline() / page.height();
		return y < MARGIN_ZONE || y > 1 - MARGIN_ZONE;
	}

	static String key(String text) {
		return Keywords.normalize(text).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
	}

}
