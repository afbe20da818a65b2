package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's words into lines by baseline.
 *
 * <p>
 * Two words whose boxes overlap horizontally are never put on one line: a footer printed
 * a point above the last table row (seen in real statements) then stays its own line
 * instead of being interleaved with the row. A word that fits several nearby lines joins
 * the one whose baseline is closest.
 */
public final class LineBuilder {

	/** Baselines closer than this share of the smaller word height are one line. */
	static final double BASELINE_TOLERANCE = 0.4;

	private LineBuilder() {
	}

	public static List<Line> build(List<Word> words) {
		List<Word> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingDouble(Word::y1).thenComparingDouble(Word::x0));
		List<Growing> lines = new ArrayList<>();
		int firstActive = 0;
		for (Word word : sorted) {
			while (firstActive < lines.size() && lines.get(firstActive).maxBaseline < word.y1() - word.height() * 2) {
				firstActive++;
			}
			Growing best = null;
			double bestDistance = Double.MAX_VALUE;
			for (int i = firstActive; i < lines.size(); i++) {
				Growing line = lines.get(i);
				double distance = Math.abs(line.baseline() - word.y1());
				double tolerance = BASELINE_TOLERANCE * Math.min(word.height(), line.height());
				if (distance <= tolerance && distance < bestDistance && !line.overlaps(word)) {
					best = line;
					bestDistance = distance;
				}
			}
			if (best == null) {
				best = new Growing();
				lines.add(best);
			}
			best.add(word);
		}
		List<Line> result = new ArrayList<>(lines.size());
		for (Growing line : lines) {
			result.add(line.toLine());
		}
		result.sort(Comparator.comparingDouble(Line::baseline));
		return result;
	}

	private static final class Growing {

		private final List<Word> words = new ArrayList<>();

		private double baselineSum;

		private double heightSum;

		private double maxBaseline = -Double.MAX_VALUE;

		void add(Word word) {
			this.words.add(word);
			this.baselineSum += word.y1();
			this.heightSum += word.height();
			this.maxBaseline = Math.max(this.maxBaseline, word.y1());
		}

		double baseline() {
			return this.baselineSum / this.words.size();
		}

		double height() {
			return this.heightSum / this.words.size();
		}

		boolean overlaps(Word word) {
			// OCR boxes of neighbouring words may touch or overlap by a pixel or two.
			double slack = 0.1 * word.height();
			for (Word existing : this.words) {
				if (Math.min(existing.x1(), word.x1()) - Math.max(existing.x0(), word.x0()) > slack) {
					return true;
				}
			}
			return false;
		}

		Line toLine() {
			this.words.sort(Comparator.comparingDouble(Word::x0));
			double top = this.words.stream().mapToDouble(Word::y0).min().orElse(0);
			return new Line(this.words.get(0).page(), this.words, baseline(), top);
		}

	}

}
