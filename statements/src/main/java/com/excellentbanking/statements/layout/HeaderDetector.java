package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the title row of a transaction table from its words ("Date", "Buchungstag",
 * "Libellé", "Af", "Saldo", ...) in any column order.
 *
 * <p>
 * A title row names at least one money column (debit, credit, amount or balance) and a
 * text column (description, counterparty, reference), carries no values itself, and is
 * set out in columns rather than running text, so a sentence such as "the balance on this
 * date" is not taken for a header.
 */
public final class HeaderDetector {

	private HeaderDetector() {
	}

	public static Optional<TableHeader> detect(Line line) {
		if (line.words().size() > 30 || titleWords(line) < 2) {
			return Optional.empty();
		}
		List<List<Word>> phrases = line.phrases();
		List<Column> columns = new ArrayList<>();
		int titledWords = 0;
		for (List<Word> phrase : phrases) {
			if (hasValue(phrase)) {
				return Optional.empty();
			}
			List<Column> fromPhrase = columnsOf(phrase);
			if (!fromPhrase.isEmpty() && phrase.size() > 10) {
				return Optional.empty();
			}
			columns.addAll(fromPhrase);
			if (!fromPhrase.isEmpty()) {
				titledWords += phrase.size();
			}
		}
		boolean money = columns.stream().anyMatch((c) -> c.role().money());
		// Every transaction table has a text column; a row of "Statement date | Credit
		// limit"
		// titles over a box of figures has none.
		boolean text = columns.stream()
			.anyMatch((c) -> c.role() == ColumnRole.DESCRIPTION || c.role() == ColumnRole.COUNTERPARTY
					|| c.role() == ColumnRole.REFERENCE);
		long distinct = columns.stream().map(Column::role).distinct().count();
		// Most of the row's words belong to a column title; running text has few.
		boolean mostlyTitles = titledWords * 3 >= line.words().size() * 2;
		if (!money || !text || distinct < 2 || !mostlyTitles) {
			return Optional.empty();
		}
		return Optional.of(new TableHeader(columns, line.page(), line.baseline(), false));
	}

	private static int titleWords(Line line) {
		int count = 0;
		for (Word word : line.words()) {
			if (wordRole(word) != null) {
				count++;
			}
		}
		return count;
	}

	private static boolean hasValue(List<Word> phrase) {
		String text = Phrases.text(phrase);
		if (AmountParser.parse(text).isPresent()) {
			return true;
		}
		for (Word word : phrase) {
			if (AmountParser.parse(word.text()).isPresent() || DateParser.parse(word.text()).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Splits a phrase at its title words. Words without a role join the title after them
	 * ("Post Date", "Merchant Name or Transaction Description"), except trailing words
	 * and bracketed or punctuation-only words, which join the title before them
	 * ("Withdrawal (-)", "Amount (SGD)").
	 */
	static List<Column> columnsOf(List<Word> phrase) {
		int n = phrase.size();
		ColumnRole[] roles = new ColumnRole[n];
		for (int i = 0; i < n; i++) {
			roles[i] = wordRole(phrase.get(i));
		}
		for (int i = 0; i + 1 < n; i++) {
			ColumnRole pair = Keywords.pairRole(phrase.get(i).text(), phrase.get(i + 1).text());
			if (pair != null) {
				roles[i] = pair;
				roles[i + 1] = pair;
			}
		}
		qualifyDates(phrase, roles);
		List<Column> columns = new ArrayList<>();
		List<Word> pending = new ArrayList<>();
		ColumnRole currentRole = null;
		List<Word> current = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Word word = phrase.get(i);
			ColumnRole role = roles[i];
			if (role == null) {
				if (currentRole != null && attachesBackwards(word)) {
					current.add(word);
				}
				else {
					pending.add(word);
				}
				continue;
			}
			if (role == currentRole && pending.isEmpty()) {
				current.add(word);
				continue;
			}
			if (role == currentRole) {
				// "Chèques et débits": words between two titles of one role stay with it.
				current.addAll(pending);
				pending.clear();
				current.add(word);
				continue;
			}
			if (currentRole != null) {
				columns.add(column(currentRole, current));
			}
			current = new ArrayList<>(pending);
			pending.clear();
			current.add(word);
			currentRole = role;
		}
		if (currentRole != null) {
			current.addAll(pending);
			columns.add(column(currentRole, current));
		}
		return columns;
	}

	private static ColumnRole wordRole(Word word) {
		String bare = Keywords.bare(word.text());
		ColumnRole role = Keywords.role(word.text());
		// "Debit/Credit" or "Soll/Haben" titles one signed column.
		String[] parts = Keywords.normalize(word.text()).split("[/|]");
		if (parts.length == 2) {
			ColumnRole a = Keywords.role(parts[0]);
			ColumnRole b = Keywords.role(parts[1]);
			if ((a == ColumnRole.DEBIT && b == ColumnRole.CREDIT)
					|| (a == ColumnRole.CREDIT && b == ColumnRole.DEBIT)) {
				return ColumnRole.AMOUNT;
			}
			if (a != null && a == b) {
				return a;
			}
		}
		return bare.isEmpty() ? null : role;
	}

	/**
	 * "Value date", "Fecha valor", "Interest Date" name the value-date column; "Trans
	 * Date", "Posting date" name a date column. The qualifier is not a column of its own.
	 */
	private static void qualifyDates(List<Word> phrase, ColumnRole[] roles) {
		for (int i = 0; i < roles.length; i++) {
			if (roles[i] != ColumnRole.DATE) {
				continue;
			}
			for (int j : new int[] { i - 1, i + 1 }) {
				if (j < 0 || j >= roles.length) {
					continue;
				}
				String word = phrase.get(j).text();
				if (Keywords.valueQualifier(word)) {
					roles[i] = ColumnRole.VALUE_DATE;
					roles[j] = ColumnRole.VALUE_DATE;
				}
				else if (Keywords.dateQualifier(word) && roles[j] != ColumnRole.DATE) {
					roles[j] = ColumnRole.DATE;
				}
			}
		}
	}

	private static boolean attachesBackwards(Word word) {
		String text = word.text();
		return text.startsWith("(") || text.startsWith("[") || Keywords.bare(text).isEmpty();
	}

	private static Column column(ColumnRole role, List<Word> words) {
		double x0 = words.stream().mapToDouble(Word::x0).min().orElse(0);
		double x1 = words.stream().mapToDouble(Word::x1).max().orElse(0);
		return new Column(role, x0, x1, Phrases.text(words));
	}

}
