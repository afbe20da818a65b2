package com.excellentbanking.statements.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A test-side reader of bank2ynab's per-bank configuration ({@code bank2ynab.conf},
 * {@code test.conf}), used as an independent oracle: it reads a file the way the conf
 * section says (delimiter, header and footer rows, input columns, date format,
 * inflow/outflow indicator) and gives each row's date and signed amount.
 */
final class Bank2YnabOracle {

	/**
	 * One row as the conf reads it; {@code date} is null when the section has no date
	 * format.
	 */
	record Row(LocalDate date, BigDecimal amount) {
	}

	private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

	private Bank2YnabOracle() {
	}

	static Bank2YnabOracle load(Path... confs) {
		Bank2YnabOracle oracle = new Bank2YnabOracle();
		for (Path conf : confs) {
			oracle.read(conf);
		}
		return oracle;
	}

	/** The settings of a section over bank2ynab.conf's [DEFAULT], keys in lower case. */
	Map<String, String> section(String name) {
		Map<String, String> merged = new LinkedHashMap<>(this.sections.getOrDefault("DEFAULT", Map.of()));
		Map<String, String> own = this.sections.get(name);
		if (own == null) {
			throw new IllegalArgumentException("No section [" + name + "]");
		}
		merged.putAll(own);
		return merged;
	}

	/**
	 * Reads a file with a section's settings, optionally taking the column layout from
	 * another section (for test files whose own section only tests file matching).
	 */
	List<Row> read(Path file, String sectionName, String layoutSection) throws IOException {
		Map<String, String> section = section(sectionName);
		if (layoutSection != null) {
			Map<String, String> layout = section(layoutSection);
			section.put("input columns", layout.get("input columns"));
			section.put("inflow or outflow indicator", layout.getOrDefault("inflow or outflow indicator", ""));
		}
		List<String> columns = Arrays.stream(section.get("input columns").split(",")).map(String::strip).toList();
		String delimiter = section.get("source csv delimiter").replace("\\t", "\t");
		int headerRows = Integer.parseInt(section.get("header rows").strip());
		int footerRows = Integer.parseInt(section.get("footer rows").strip());
		String dateFormat = section.getOrDefault("date format", "").strip();
		String[] indicator = section.getOrDefault("inflow or outflow indicator", "").split(",");
		// ISO-8859-1 maps each byte to one char: digits and separators read alike in
		// every
		// encoding the corpus uses, so the oracle needs no charset guess of its own.
		String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
		if (text.startsWith("ï»¿")) {
			text = text.substring(3);
		}
		List<List<String>> records = records(text, delimiter.charAt(0));
		List<List<String>> body = records.subList(Math.min(headerRows, records.size()),
				Math.max(Math.min(headerRows, records.size()), records.size() - footerRows));
		DateTimeFormatter formatter = dateFormat.isEmpty() ? null : formatter(dateFormat);
		List<Row> rows = new ArrayList<>();
		for (List<String> record : body) {
			Row row = row(record, columns, formatter, indicator);
			if (row != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static Row row(List<String> record, List<String> columns, DateTimeFormatter formatter, String[] indicator) {
		LocalDate date = null;
		String dateText = null;
		BigDecimal amount = BigDecimal.ZERO;
		boolean anyAmount = false;
		for (int i = 0; i < columns.size() && i < record.size(); i++) {
			String cell = record.get(i).strip();
			switch (columns.get(i)) {
				case "Date" -> dateText = cell;
				case "Inflow", "Amount" -> {
					BigDecimal value = number(cell);
					if (value != null) {
						amount = amount.add(value);
						anyAmount = true;
					}
				}
				case "Outflow" -> {
					BigDecimal value = number(cell);
					if (value != null) {
						amount = amount.subtract(value);
						anyAmount = true;
					}
				}
				default -> {
				}
			}
		}
		if (dateText == null || dateText.isEmpty() || !anyAmount) {
			return null;
		}
		if (formatter != null) {
			try {
				date = LocalDate.parse(dateText, formatter);
			}
			catch (DateTimeParseException ex) {
				// bank2ynab drops rows whose date does not parse (headers, footers,
				// "Pending")
				return null;
			}
		}
		if (indicator.length == 3) {
			int column = Integer.parseInt(indicator[0].strip());
			if (column < record.size() && record.get(column).strip().equals(indicator[2].strip())) {
				amount = amount.negate();
			}
		}
		return new Row(date, amount);
	}

	/**
	 * bank2ynab's number clean-up: symbols dropped, the last separator is the decimal
	 * one.
	 */
	static BigDecimal number(String cell) {
		String kept = cell.replaceAll("[^0-9.,+-]", "");
		if (kept.isEmpty() || kept.chars().noneMatch(Character::isDigit)) {
			return null;
		}
		boolean negative = kept.contains("-");
		kept = kept.replace("-", "").replace("+", "");
		int lastPoint = kept.lastIndexOf('.');
		int lastComma = kept.lastIndexOf(',');
		int decimal = Math.max(lastPoint, lastComma);
		if (decimal >= 0 && kept.indexOf(kept.charAt(decimal)) == decimal && kept.length() - decimal - 1 != 3) {
			kept = kept.substring(0, decimal).replaceAll("[.,]", "") + "." + kept.substring(decimal + 1);
		}
		else if (decimal >= 0 && lastPoint >= 0 && lastComma >= 0) {
			kept = kept.substring(0, decimal).replaceAll("[.,]", "") + "." + kept.substring(decimal + 1);
		}
		else {
			kept = kept.replaceAll("[.,]", "");
		}
		BigDecimal value = new BigDecimal(kept);
		return negative ? value.negate() : value;
	}

	/** Python strptime codes to a java.time pattern. */
	static DateTimeFormatter formatter(String strftime) {
		DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient();
		// codes written back to back (%Y%m%d) can only be split with fixed widths
		boolean adjacent = strftime.matches(".*%[a-zA-Z]%.*");
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < strftime.length(); i++) {
			char c = strftime.charAt(i);
			if (c == '%' && i + 1 < strftime.length()) {
				if (literal.length() > 0) {
					builder.appendLiteral(literal.toString());
					literal.setLength(0);
				}
				char code = strftime.charAt(++i);
				builder.appendPattern(switch (code) {
					case 'd' -> adjacent ? "dd" : "d";
					case 'm' -> adjacent ? "MM" : "M";
					case 'Y' -> "uuuu";
					case 'y' -> "uu";
					case 'b' -> "MMM";
					case 'B' -> "MMMM";
					case 'H' -> "H";
					case 'M' -> "m";
					case 'S' -> "s";
					default -> throw new IllegalArgumentException("Unsupported strftime code %" + code);
				});
			}
			else {
				literal.append(c);
			}
		}
		if (literal.length() > 0) {
			builder.appendLiteral(literal.toString());
		}
		return builder.toFormatter(Locale.ENGLISH);
	}

	private static List<List<String>> records(String text, char delimiter) throws IOException {
		List<List<String>> records = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrailingData(true)
			.setLenientEof(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				records.add(record.toList());
			}
		}
		return records;
	}

	private void read(Path conf) {
		try {
			Map<String, String> current = null;
			String lastKey = null;
			for (String line : Files.readAllLines(conf, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.strip().startsWith("#")) {
					continue;
				}
				if (line.startsWith("[") && line.strip().endsWith("]")) {
					String name = line.strip().substring(1, line.strip().length() - 1);
					current = this.sections.computeIfAbsent(name, (n) -> new LinkedHashMap<>());
					continue;
				}
				if (current == null) {
					continue;
				}
				if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
					continue;
				}
				int equals = line.indexOf('=');
				if (equals > 0) {
					lastKey = line.substring(0, equals).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
					current.put(lastKey, line.substring(equals + 1).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
