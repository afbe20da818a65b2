package com.excellentbanking.statements.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How a delimited export is written: its field delimiter. Sniffed from the records, not
 * from physical lines, so quoted delimiters and line breaks inside descriptions do not
 * mislead it; title lines above the table are outvoted by the table's rows.
 */
record CsvDialect(char delimiter) {

	static final char[] CANDIDATES = { ',', ';', '\t', '|' };

	private static final int SAMPLE_CHARS = 64 * 1024;

	private static final int SAMPLE_RECORDS = 200;

	/**
	 * The delimiter that splits the most records into the same number (≥ 2) of fields.
	 */
	static CsvDialect sniff(String text) {
		String sample = sample(text);
		char best = ',';
		long bestScore = -1;
		for (char candidate : CANDIDATES) {
			long score = score(sample, candidate);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return new CsvDialect(best);
	}

	CSVFormat format() {
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(this.delimiter)
			.setIgnoreEmptyLines(false)
			.setTrailingData(true)
			.setLenientEof(true)
			.setAllowMissingColumnNames(true)
			.get();
	}

	String name() {
		return switch (this.delimiter) {
			case '\t' -> "tab";
			case ';' -> "semicolon";
			case '|' -> "pipe";
			default -> "comma";
		};
	}

	private static String sample(String text) {
		if (text.length() <= SAMPLE_CHARS) {
			return text;
		}
		int end = text.lastIndexOf('\n', SAMPLE_CHARS);
		return text.substring(0, (end > 0) ? end : SAMPLE_CHARS);
	}

	/**
	 * Records in the modal width, times a small bonus for width so that a delimiter that
	 * never occurs (every record one field wide) always loses.
	 */
	private static long score(String sample, char delimiter) {
		Map<Integer, Integer> widths = new HashMap<>();
		CSVFormat format = new CsvDialect(delimiter).format();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(sample)).setFormat(format).get()) {
			int seen = 0;
			for (CSVRecord record : parser) {
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				widths.merge(nonEmptyTailWidth(record), 1, Integer::sum);
				if (++seen >= SAMPLE_RECORDS) {
					break;
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return 0;
		}
		long best = 0;
		for (Map.Entry<Integer, Integer> entry : widths.entrySet()) {
			if (entry.getKey() < 2) {
				continue;
			}
			long score = entry.getValue() * 100L + entry.getKey();
			best = Math.max(best, score);
		}
		return best;
	}

	/**
	 * Trailing empty fields (a delimiter at the end of some lines) do not change the
	 * shape.
	 */
	private static int nonEmptyTailWidth(CSVRecord record) {
		int width = record.size();
		while (width > 1 && record.get(width - 1).isBlank()) {
			width--;
		}
		return width;
	}

}
