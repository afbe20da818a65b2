package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line cut into the cells of a table's columns, with each cell read as what its
 * column holds.
 *
 * <p>
 * Text that spills out of its column is not lost: words left over in a date or money cell
 * after the value was read go to the description.
 */
final class Cells {

	private final List<Word> all;

	private final List<Column> columns;

	private final List<List<Word>> byColumn;

	private final List<Word> overflow = new ArrayList<>();

	private final Map<Word, Integer> originalColumn = new IdentityHashMap<>();

	private DateToken date;

	private DateToken valueDate;

	private final Amount[] money;

	private boolean unreadableMoney;

	private Cells(Line line, ColumnBands bands) {
		this.all = line.words();
		this.columns = bands.columns();
		this.byColumn = new ArrayList<>();
		for (int i = 0; i < this.columns.size(); i++) {
			this.byColumn.add(new ArrayList<>());
		}
		for (Word word : line.words()) {
			int column = bands.indexOf(word);
			this.byColumn.get(column).add(word);
			this.originalColumn.put(word, column);
		}
		this.money = new Amount[this.columns.size()];
		readDates();
		readMoney();
	}

	static Cells split(Line line, ColumnBands bands) {
		return new Cells(line, bands);
	}

	private void readDates() {
		int dateColumn = indexOf(ColumnRole.DATE, 0);
		int valueColumn = indexOf(ColumnRole.VALUE_DATE, 0);
		if (valueColumn < 0 && dateColumn >= 0) {
			// A second date column ("Post Date", "Trans Date") holds the value date.
			valueColumn = indexOf(ColumnRole.DATE, dateColumn + 1);
		}
		int first = (dateColumn >= 0) ? dateColumn : 0;
		this.date = takeDate(first);
		if (this.date == null && dateColumn > 0) {
			// Some layouts print a reference column before the date.
			this.date = takeDate(0);
		}
		if (valueColumn >= 0) {
			this.valueDate = takeDate(valueColumn);
		}
		if (this.date == null && this.valueDate != null) {
			this.date = this.valueDate;
		}
	}

	private DateToken takeDate(int column) {
		List<Word> words = this.byColumn.get(column);
		if (words.isEmpty()) {
			return null;
		}
		Optional<DateToken> token = DateParser.parseLeading(words.stream().map(Word::text).toList());
		if (token.isEmpty()) {
			if (this.columns.get(column).role() != ColumnRole.DESCRIPTION
					&& this.columns.get(column).role() != ColumnRole.COUNTERPARTY) {
				this.overflow.addAll(words);
				words.clear();
			}
			return null;
		}
		List<Word> rest = new ArrayList<>(words.subList(token.get().wordsUsed(), words.size()));
		words.clear();
		if (this.columns.get(column).role() == ColumnRole.DESCRIPTION) {
			words.addAll(rest);
		}
		else {
			this.overflow.addAll(rest);
		}
		return token.get();
	}

	private void readMoney() {
		for (int i = 0; i < this.columns.size(); i++) {
			if (!this.columns.get(i).role().money()) {
				continue;
			}
			List<Word> words = this.byColumn.get(i);
			if (words.isEmpty()) {
				continue;
			}
			if (words.size() == 1 && isMark(words.get(0).text()) && i > 0 && this.money[i - 1] != null) {
				// "1,234.56 | CR": the mark printed in a narrow column of its own.
				Amount before = this.money[i - 1];
				Optional<Amount> marked = AmountParser
					.parse(before.magnitude().toPlainString() + " " + words.get(0).text());
				if (marked.isPresent()) {
					this.money[i - 1] = new Amount(before.magnitude(), marked.get().mark(), before.currency());
					words.clear();
					continue;
				}
			}
			int start = -1;
			for (int s = 0; s < words.size(); s++) {
				if (AmountParser.parse(Phrases.text(words.subList(s, words.size()))).isPresent()) {
					start = s;
					break;
				}
			}
			if (start < 0) {
				this.unreadableMoney |= words.stream().anyMatch((w) -> w.text().matches(".*\\d.*"));
				this.overflow.addAll(words);
				words.clear();
				continue;
			}
			this.money[i] = AmountParser.parse(Phrases.text(words.subList(start, words.size()))).get();
			this.overflow.addAll(words.subList(0, start));
			words.clear();
		}
	}

	private static boolean isMark(String text) {
		return text.matches("(?i)CR|DR|[+-]");
	}

	private int indexOf(ColumnRole role, int from) {
		for (int i = from; i < this.columns.size(); i++) {
			if (this.columns.get(i).role() == role) {
				return i;
			}
		}
		return -1;
	}

	DateToken date() {
		return this.date;
	}

	DateToken valueDate() {
		return this.valueDate;
	}

	String description() {
		List<Word> words = new ArrayList<>(textOf(ColumnRole.DESCRIPTION));
		words.addAll(this.overflow);
		if (!hasColumn(ColumnRole.DESCRIPTION)) {
			words.addAll(textOf(ColumnRole.DATE));
		}
		words.sort(Comparator.comparingDouble(Word::x0));
		return Phrases.text(words);
	}

	String counterparty() {
		return Phrases.text(textOf(ColumnRole.COUNTERPARTY));
	}

	String reference() {
		return Phrases.text(textOf(ColumnRole.REFERENCE));
	}

	private boolean hasColumn(ColumnRole role) {
		return indexOf(role, 0) >= 0;
	}

	private List<Word> textOf(ColumnRole role) {
		List<Word> words = new ArrayList<>();
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).role() == role) {
				words.addAll(this.byColumn.get(i));
			}
		}
		return words;
	}

	/** The words of the line that are not money, for recognising balance rows. */
	String text() {
		String description = description();
		String counterparty = counterparty();
		return (description + " " + counterparty).strip();
	}

	/** The first words of the row's text, where balance rows name themselves. */
	String leadingText() {
		String[] words = text().split("\\s+");
		return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6)));
	}

	private Amount money(ColumnRole role) {
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).role() == role && this.money[i] != null) {
				return this.money[i];
			}
		}
		return null;
	}

	Amount debit() {
		return money(ColumnRole.DEBIT);
	}

	Amount credit() {
		return money(ColumnRole.CREDIT);
	}

	Amount amount() {
		return money(ColumnRole.AMOUNT);
	}

	Amount balance() {
		return money(ColumnRole.BALANCE);
	}

	/** A money cell held digits that did not read as an amount (an OCR slip, say). */
	boolean unreadableMoney() {
		return this.unreadableMoney;
	}

	boolean hasMoney() {
		for (Amount amount : this.money) {
			if (amount != null) {
				return true;
			}
		}
		return false;
	}

	boolean hasMovement() {
		return debit() != null || credit() != null || amount() != null;
	}

	/** Every word starts inside a text column: the line can continue a description. */
	boolean onlyTextColumns() {
		if (this.date != null) {
			return false;
		}
		for (Word word : this.all) {
			ColumnRole role = roleAt(word);
			if (role != ColumnRole.DESCRIPTION && role != ColumnRole.COUNTERPARTY && role != ColumnRole.REFERENCE) {
				return false;
			}
		}
		return true;
	}

	private ColumnRole roleAt(Word word) {
		return this.columns.get(this.originalColumn.get(word)).role();
	}

	/** The last phrase of the line read as money, for balance rows outside any column. */
	Amount rightmostAmount() {
		if (this.all.isEmpty()) {
			return null;
		}
		Line line = new Line(this.all.get(0).page(), this.all, 0, 0);
		List<List<Word>> phrases = line.phrases();
		return AmountParser.parse(Phrases.text(phrases.get(phrases.size() - 1))).orElse(null);
	}

}
