package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.excellentbanking.statements.layout.RawRow.Kind;

/**
 * Walks a document's lines in reading order and reads its transaction tables into
 * sections of raw rows.
 *
 * <p>
 * A table starts at a title row and stays open across pages (a page that repeats no
 * header keeps the previous columns) until a totals row closes it. Inside a table, a line
 * with a date and an amount in a movement column is a transaction; a line without either,
 * close below and inside the text columns, continues the description of the transaction
 * above (also across a page break); balance rows ("brought forward", "Alter Saldo") state
 * balances. Anything else inside the table breaks a description but is never a
 * transaction.
 */
final class TableReader {

	/** A continuation line sits at most this many line heights below the line above. */
	static final double CONTINUATION_GAP = 2.2;

	/** Lines at the top of a new page that may still continue the last transaction. */
	static final int PAGE_TOP_CONTINUATIONS = 3;

	private enum Mode {

		NONE, OPEN, CLOSED

	}

	private final List<Line> lines;

	private final Set<Line> furniture;

	private final List<Section> sections = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private Section section = new Section();

	private Mode mode = Mode.NONE;

	private ColumnBands bands;

	private RawRow lastTransaction;

	private double lastBaseline;

	private int page = -1;

	private int rowsOnPage;

	private int linesOnPage;

	private int rowsSinceHeader;

	private int linesSinceHeader;

	private int unreadableRows;

	TableReader(List<Line> lines, Set<Line> furniture) {
		this.lines = lines;
		this.furniture = furniture;
	}

	static TableReader withHeader(List<Line> lines, Set<Line> furniture, TableHeader header) {
		TableReader reader = new TableReader(lines, furniture);
		reader.bands = ColumnBands.fit(header, rowSample(lines, 0));
		reader.mode = Mode.OPEN;
		reader.section.inferredColumns = header.inferred();
		return reader;
	}

	List<Section> read() {
		for (int i = 0; i < this.lines.size(); i++) {
			Line line = this.lines.get(i);
			if (line.page() != this.page) {
				startPage(line.page());
			}
			if (this.furniture.contains(line)) {
				continue;
			}
			this.linesOnPage++;
			Optional<TableHeader> header = HeaderDetector.detect(line);
			if (header.isPresent()) {
				startTable(header.get(), i);
				continue;
			}
			if (this.mode != Mode.OPEN) {
				outside(line, false);
				continue;
			}
			this.linesSinceHeader++;
			readTableLine(line);
		}
		finishSection();
		if (this.unreadableRows > 0) {
			this.warnings.add(this.unreadableRows
					+ " table line(s) with a date but no readable amount were skipped; check them against the original");
		}
		return this.sections;
	}

	List<String> warnings() {
		return this.warnings;
	}

	private void startPage(int number) {
		this.page = number;
		this.rowsOnPage = 0;
		this.linesOnPage = 0;
	}

	private void startTable(TableHeader header, int index) {
		boolean repeatAtPageTop = this.mode == Mode.OPEN && this.rowsOnPage == 0;
		this.bands = ColumnBands.fit(header, rowSample(this.lines, index + 1));
		this.mode = Mode.OPEN;
		this.rowsSinceHeader = 0;
		this.linesSinceHeader = 0;
		if (!repeatAtPageTop) {
			this.lastTransaction = null;
		}
	}

	/** Lines after a header that look like rows: a date first and some amount. */
	static List<Line> rowSample(List<Line> lines, int from) {
		List<Line> sample = new ArrayList<>();
		for (int i = from; i < lines.size() && sample.size() < 60; i++) {
			Line line = lines.get(i);
			if (i > from && HeaderDetector.detect(line).isPresent()) {
				break;
			}
			if (DateParser.parseLeading(words(line, 0)).isPresent() && hasAmount(line)) {
				sample.add(line);
			}
		}
		return sample;
	}

	private static boolean hasAmount(Line line) {
		for (List<Word> phrase : line.phrases()) {
			if (AmountParser.parse(Phrases.text(phrase)).isPresent()) {
				return true;
			}
		}
		return false;
	}

	private static List<String> words(Line line, int from) {
		List<String> words = new ArrayList<>();
		for (int i = from; i < line.words().size() && words.size() < 4; i++) {
			words.add(line.words().get(i).text());
		}
		return words;
	}

	private void readTableLine(Line line) {
		Cells cells = Cells.split(line, this.bands);
		Kind balanceKind = balanceKind(cells);
		if (balanceKind != null && cells.hasMoney()) {
			addBalanceRow(balanceKind, cells, line);
			return;
		}
		boolean summary = cells.date() == null && Keywords.summary(line.text());
		if (summary && cells.hasMoney()) {
			close();
			return;
		}
		if (cells.hasMovement() && (cells.date() != null || canInheritDate(cells))) {
			addTransaction(cells, line);
			return;
		}
		if (cells.date() == null && !cells.hasMoney() && continues(line, cells)) {
			RawRow.append(this.lastTransaction.description, cells.description());
			RawRow.append(this.lastTransaction.counterparty, cells.counterparty());
			RawRow.append(this.lastTransaction.reference, cells.reference());
			this.lastBaseline = line.baseline();
			return;
		}
		if (summary && line.text().matches(".*[\\d:].*")) {
			close();
			return;
		}
		if (cells.date() != null && !cells.hasMoney() && cells.unreadableMoney()) {
			this.unreadableRows++;
		}
		this.lastTransaction = null;
		outside(line, this.rowsSinceHeader == 0);
	}

	private void close() {
		this.mode = Mode.CLOSED;
		this.lastTransaction = null;
	}

	private Kind balanceKind(Cells cells) {
		String lead = cells.leadingText();
		if (Keywords.opening(lead)) {
			return Kind.OPENING;
		}
		if (Keywords.closing(lead)) {
			return Kind.CLOSING;
		}
		return null;
	}

	/**
	 * Statements that print a day's date only on its first transaction leave the others'
	 * date cells empty; such a row takes the date above it.
	 */
	private boolean canInheritDate(Cells cells) {
		return this.lastTransaction != null && this.rowsSinceHeader > 0 && cells.description() != null
				&& !cells.description().isBlank() && lastDate() != null;
	}

	private DateToken lastDate() {
		for (int i = this.section.rows.size() - 1; i >= 0; i--) {
			RawRow row = this.section.rows.get(i);
			if (row.kind == Kind.TRANSACTION) {
				return row.date;
			}
		}
		return null;
	}

	private boolean continues(Line line, Cells cells) {
		if (this.lastTransaction == null || !cells.onlyTextColumns()) {
			return false;
		}
		if (this.rowsOnPage == 0 && this.lastTransaction.page < line.page()) {
			return this.linesOnPage <= PAGE_TOP_CONTINUATIONS;
		}
		return line.baseline() - this.lastBaseline <= CONTINUATION_GAP * line.size();
	}

	private void addTransaction(Cells cells, Line line) {
		RawRow row = new RawRow(Kind.TRANSACTION, line.page());
		row.date = cells.date();
		if (row.date == null) {
			row.date = lastDate();
			row.dateInherited = true;
		}
		row.valueDate = cells.valueDate();
		RawRow.append(row.description, cells.description());
		RawRow.append(row.counterparty, cells.counterparty());
		RawRow.append(row.reference, cells.reference());
		row.debit = cells.debit();
		row.credit = cells.credit();
		row.amount = cells.amount();
		row.balance = cells.balance();
		this.section.rows.add(row);
		this.lastTransaction = row;
		this.lastBaseline = line.baseline();
		this.rowsOnPage++;
		this.rowsSinceHeader++;
	}

	private void addBalanceRow(Kind kind, Cells cells, Line line) {
		RawRow row = new RawRow(kind, line.page());
		row.date = cells.date();
		RawRow.append(row.description, cells.text());
		row.balance = cells.balance();
		row.amount = cells.amount();
		row.debit = cells.debit();
		row.credit = cells.credit();
		if (row.balance == null && row.amount == null && row.debit == null && row.credit == null) {
			row.amount = cells.rightmostAmount();
		}
		this.section.rows.add(row);
		this.lastTransaction = null;
		this.rowsOnPage++;
	}

	/** A line that is not part of a table row: maybe a section title or a summary box. */
	private void outside(Line line, boolean titlePosition) {
		Optional<String> account = AccountLines.identifier(line.text(), titlePosition);
		if (account.isPresent()) {
			String identity = AccountLines.identity(account.get());
			if (this.section.accountIdentifier != null
					&& !AccountLines.identity(this.section.accountIdentifier).equals(identity)
					&& this.section.hasTransactions()) {
				finishSection();
				this.section = new Section();
				this.lastTransaction = null;
			}
			if (!this.section.hasTransactions()) {
				this.section.accountIdentifier = account.get();
			}
		}
		this.section.outside.add(line);
	}

	private void finishSection() {
		if (!this.section.rows.isEmpty() || this.sections.isEmpty()) {
			this.sections.add(this.section);
		}
		else if (!this.section.outside.isEmpty()) {
			this.sections.get(this.sections.size() - 1).outside.addAll(this.section.outside);
		}
	}

}
