package com.excellentbanking.statements.csv;

import java.util.List;

/** One record of a delimited file: its 1-based line and its trimmed cells. */
record CsvRow(int line, List<String> cells) {

	CsvRow {
		cells = List.copyOf(cells);
	}

	/** The cell, or "" past the end of a short row. */
	String cell(int column) {
		return (column >= 0 && column < this.cells.size()) ? this.cells.get(column) : "";
	}

	boolean isBlank() {
		return this.cells.stream().allMatch(String::isEmpty);
	}

	int nonBlankCount() {
		return (int) this.cells.stream().filter((c) -> !c.isEmpty()).count();
	}

	/** The row as one line of text, for warnings. */
	String preview() {
		String joined = String.join(" | ", this.cells.stream().filter((c) -> !c.isEmpty()).toList());
		return (joined.length() > 60) ? joined.substring(0, 57) + "..." : joined;
	}

}
