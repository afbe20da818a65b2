package com.excellentbanking.statements.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dated cash movements in beancount-import's expected
 * {@code import_results.beancount}, per source file: for each transaction entry, its date
 * and the first cash posting (an {@code Assets:} or {@code Liabilities:} account in USD,
 * not a lot with a cost).
 */
final class BeancountExpectations {

	record Movement(LocalDate date, BigDecimal amount) {
	}

	private static final Pattern INFO = Pattern.compile("^;; info: \\{\"filename\": \"<testdata>/([^\"]+)\"");

	private static final Pattern ENTRY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) \\* ");

	private static final Pattern CASH = Pattern.compile("^\\s+(?:Assets|Liabilities):\\S*\\s+(-?[0-9.]+) USD\\s*$");

	private BeancountExpectations() {
	}

	static Map<String, List<Movement>> read(Path importResults) throws IOException {
		Map<String, List<Movement>> movements = new LinkedHashMap<>();
		String file = null;
		LocalDate date = null;
		for (String line : Files.readAllLines(importResults)) {
			Matcher info = INFO.matcher(line);
			if (info.find()) {
				file = info.group(1);
				date = null;
				continue;
			}
			Matcher entry = ENTRY.matcher(line);
			if (entry.find()) {
				date = LocalDate.parse(entry.group(1));
				continue;
			}
			Matcher cash = CASH.matcher(line);
			if (cash.find() && date != null && file != null) {
				movements.computeIfAbsent(file, (f) -> new ArrayList<>())
					.add(new Movement(date, new BigDecimal(cash.group(1))));
				date = null;
			}
		}
		return movements;
	}

}
