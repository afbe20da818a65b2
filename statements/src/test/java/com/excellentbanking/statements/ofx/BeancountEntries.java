package com.excellentbanking.statements.ofx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
 * Just enough of Beancount's text format to read beancount-import's expected outputs:
 * transactions with their postings and posting metadata, and balance assertions, each
 * tagged with the source file named in the {@code ;; info:} comment above it.
 */
final class BeancountEntries {

	private static final Pattern INFO = Pattern.compile("^;; info: .*\"filename\": \"<testdata>/([^\"]+)\"");

	private static final Pattern TRANSACTION = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) [*!] \"(.*)\"");

	private static final Pattern BALANCE = Pattern
		.compile("^(\\d{4}-\\d{2}-\\d{2}) balance (\\S+)\\s+(-?[\\d.]+) (\\S+)");

	private static final Pattern POSTING = Pattern.compile("^  (\\S+)\\s+(-?[\\d.]+) ([A-Z][A-Z0-9'._-]*)(.*)$");

	private static final Pattern META = Pattern.compile("^    ([a-z_]+): \"?(.*?)\"?$");

	record Posting(String account, BigDecimal amount, String commodity, boolean atCost, Map<String, String> meta) {
	}

	record Entry(String sourceFile, LocalDate date, String narration, List<Posting> postings, String balanceAccount,
			BigDecimal balanceAmount, String balanceCurrency) {

		boolean isBalance() {
			return this.balanceAccount != null;
		}

	}

	private BeancountEntries() {
	}

	static List<Entry> read(Path path) throws IOException {
		List<Entry> entries = new ArrayList<>();
		String source = null;
		List<Posting> postings = null;
		for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
			Matcher info = INFO.matcher(line);
			if (info.find()) {
				source = info.group(1);
				continue;
			}
			if (line.startsWith(";")) {
				continue;
			}
			Matcher transaction = TRANSACTION.matcher(line);
			if (transaction.find()) {
				postings = new ArrayList<>();
				entries.add(new Entry(source, LocalDate.parse(transaction.group(1)), transaction.group(2), postings,
						null, null, null));
				continue;
			}
			Matcher balance = BALANCE.matcher(line);
			if (balance.find()) {
				postings = null;
				entries.add(new Entry(source, LocalDate.parse(balance.group(1)), null, List.of(), balance.group(2),
						new BigDecimal(balance.group(3)), balance.group(4)));
				continue;
			}
			Matcher posting = POSTING.matcher(line);
			if (posting.find() && postings != null) {
				postings.add(new Posting(posting.group(1), new BigDecimal(posting.group(2)), posting.group(3),
						posting.group(4).contains("{"), new LinkedHashMap<>()));
				continue;
			}
			Matcher meta = META.matcher(line);
			if (meta.find() && postings != null && !postings.isEmpty()) {
				postings.get(postings.size() - 1).meta().put(meta.group(1), meta.group(2).replace("\\\"", "\""));
			}
		}
		return entries;
	}

}
