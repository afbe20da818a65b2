package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each column of a table begins and ends on the page.
 *
 * <p>
 * Titles are narrower than their values (a description runs far right of "Description";
 * an amount can start left of "Deposit"), so the boundary between two neighbouring
 * columns is put in the widest vertical strip the table's rows leave empty between the
 * two titles. Text columns are read from their left edge, money columns (right-aligned)
 * from their right edge.
 */
final class ColumnBands {

	private final List<Column> columns;

	private final double[] boundaries;

	private ColumnBands(List<Column> columns, double[] boundaries) {
		this.columns = columns;
		this.boundaries = boundaries;
	}

	static ColumnBands fit(TableHeader header, List<Line> rows) {
		List<Column> columns = new ArrayList<>(header.columns());
		columns.sort(Comparator.comparingDouble(Column::x0));
		double[] boundaries = new double[Math.max(0, columns.size() - 1)];
		double em = rows.isEmpty() ? 8 : rows.get(0).size();
		for (int i = 0; i + 1 < columns.size(); i++) {
			Column left = columns.get(i);
			Column right = columns.get(i + 1);
			double from = left.role().money() ? left.x1() - em : Math.min(left.x0() + em, left.x1());
			double to = right.role().money() ? right.x1() - em : right.x0() + em;
			if (i > 0) {
				from = Math.max(from, boundaries[i - 1]);
			}
			boundaries[i] = widestGap(rows, from, to, fallback(left, right));
		}
		return new ColumnBands(columns, boundaries);
	}

	private static double fallback(Column left, Column right) {
		if (right.x0() > left.x1()) {
			return (left.x1() + right.x0()) / 2;
		}
		return (left.center() + right.center()) / 2;
	}

	private static double widestGap(List<Line> rows, double from, double to, double fallback) {
		if (to <= from) {
			return fallback;
		}
		List<double[]> covered = new ArrayList<>();
		for (Line row : rows) {
			for (Word word : row.words()) {
				if (word.x1() > from && word.x0() < to) {
					covered.add(new double[] { Math.max(word.x0(), from), Math.min(word.x1(), to) });
				}
			}
		}
		if (covered.isEmpty()) {
			return fallback;
		}
		covered.sort(Comparator.comparingDouble((double[] c) -> c[0]));
		double bestStart = from;
		double bestWidth = -1;
		double cursor = from;
		for (double[] c : covered) {
			if (c[0] > cursor && c[0] - cursor > bestWidth) {
				bestWidth = c[0] - cursor;
				bestStart = cursor;
			}
			cursor = Math.max(cursor, c[1]);
		}
		if (to > cursor && to - cursor > bestWidth) {
			bestWidth = to - cursor;
			bestStart = cursor;
		}
		if (bestWidth <= 0) {
			return fallback;
		}
		return bestStart + bestWidth / 2;
	}

	List<Column> columns() {
		return this.columns;
	}

	int indexOf(Word word) {
		double x = word.centerX();
		for (int i = 0; i < this.boundaries.length; i++) {
			if (x < this.boundaries[i]) {
				return i;
			}
		}
		return this.columns.size() - 1;
	}

	Column columnOf(Word word) {
		return this.columns.get(indexOf(word));
	}

	/**
	 * The left edge of the column's band, for telling indented text from foreign text.
	 */
	double bandStart(int index) {
		return (index == 0) ? Double.NEGATIVE_INFINITY : this.boundaries[index - 1];
	}

}
