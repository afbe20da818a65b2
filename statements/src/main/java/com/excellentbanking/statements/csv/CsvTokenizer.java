package com.excellentbanking.statements.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Splits decoded text into records with Commons CSV, within fixed bounds so that a
 * hostile or broken file ends in a clear error instead of unbounded work.
 */
final class CsvTokenizer {

	static final int MAX_LINE_CHARS = 1024 * 1024;

	static final int MAX_ROWS = 2_000_000;

	static final int MAX_COLUMNS = 1000;

	static final int MAX_CELL_CHARS = 64 * 1024;

	private CsvTokenizer() {
	}

	static List<CsvRow> tokenize(String text, CsvDialect dialect) {
		checkLineLengths(text);
		List<CsvRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(text))
			.setFormat(dialect.format())
			.get()) {
			long lineBefore = 0;
			for (CSVRecord record : parser) {
				int line = (int) lineBefore + 1;
				lineBefore = parser.getCurrentLineNumber();
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (rows.size() >= MAX_ROWS) {
					throw new StatementException(ErrorCode.TOO_LARGE,
							"The CSV file has more than " + MAX_ROWS + " rows");
				}
				if (record.size() > MAX_COLUMNS) {
					throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
							"Line " + line + " has more than " + MAX_COLUMNS + " columns; not a bank export");
				}
				rows.add(new CsvRow(line, cells(record, line)));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The CSV file cannot be split into fields: " + rootMessage(ex), ex);
		}
		return rows;
	}

	private static List<String> cells(CSVRecord record, int line) {
		List<String> cells = new ArrayList<>(record.size());
		for (String value : record) {
			if (value.length() > MAX_CELL_CHARS) {
				throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT, "Line " + line + " has a field longer than "
						+ MAX_CELL_CHARS + " characters (an unbalanced quote?)");
			}
			cells.add(clean(value));
		}
		return cells;
	}

	/**
	 * Trimmed, and a stray quote left by a broken export ({@code NL77RABO...","EUR"} with
	 * the opening quote missing) removed.
	 */
	static String clean(String value) {
		String cell = value.strip();
		long quotes = cell.chars().filter((c) -> c == '"').count();
		if (quotes % 2 == 1) {
			if (cell.endsWith("\"")) {
				cell = cell.substring(0, cell.length() - 1);
			}
			else if (cell.startsWith("\"")) {
				cell = cell.substring(1);
			}
		}
		return cell.strip();
	}

	private static void checkLineLengths(String text) {
		int lineStart = 0;
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lineStart = i + 1;
				if (c == '\n') {
					line++;
				}
			}
			else if (i - lineStart >= MAX_LINE_CHARS) {
				throw new StatementException(ErrorCode.TOO_LARGE,
						"Line " + line + " is longer than " + MAX_LINE_CHARS + " characters; not a bank export");
			}
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message == null) ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse("");
	}

}
