package com.excellentbanking.statements.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.excellentbanking.statements.model.Transaction;

/**
 * Turns data rows into transactions with a decided {@link ColumnMapping}. Every row that
 * is not a transaction is either folded in (a continuation line that only carries more
 * description) or named in a warning with its line; none is dropped silently.
 */
final class RowReader {

	/** A transaction and where it came from. */
	record Entry(int line, String account, Transaction transaction) {
	}

	/** Balances a summary row states ("Opening balance", "Closing balance"). */
	static final class StatedBalances {

		BigDecimal opening;

		BigDecimal closing;

	}

	record Result(List<Entry> entries, Map<String, StatedBalances> stated, Map<String, String> holders,
			List<String> warnings) {
	}

	private static final Set<String> OPENING = Set.of("opening balance", "anfangssaldo", "alter kontostand",
			"beginsaldo", "openingssaldo", "solde initial", "ancien solde", "saldo inicial", "saldo anterior",
			"pocatecni zustatek", "nyito egyenleg", "previous balance", "balance brought forward", "startsaldo");

	private static final Set<String> CLOSING = Set.of("closing balance", "endsaldo", "neuer kontostand", "eindsaldo",
			"slotsaldo", "solde final", "nouveau solde", "saldo final", "konecny zustatek", "zaro egyenleg",
			"new balance", "balance carried forward");

	private static final Set<String> TOTALS = Set.of("turnover", "total", "totals", "summe", "totaal", "obrat",
			"total debits", "total credits", "totaal af", "totaal bij");

	private final ColumnMapping mapping;

	private final List<Entry> entries = new ArrayList<>();

	private final Map<String, StatedBalances> stated = new LinkedHashMap<>();

	private final Map<String, String> holders = new LinkedHashMap<>();

	private final List<String> warnings = new ArrayList<>();

	private RowReader(ColumnMapping mapping) {
		this.mapping = mapping;
	}

	static Result read(List<CsvRow> rows, ColumnMapping mapping) {
		RowReader reader = new RowReader(mapping);
		for (CsvRow row : rows) {
			if (!row.isBlank()) {
				reader.read(row);
			}
		}
		return new Result(reader.entries, reader.stated, reader.holders, reader.warnings);
	}

	private void read(CsvRow row) {
		String dateText = row.cell(this.mapping.date());
		LocalDate date = this.mapping.profile(this.mapping.date()).dateFormat().parse(dateText);
		boolean hasAmountText = !amountCells(row).isEmpty();
		if (date == null) {
			if (dateText.isEmpty() && !hasAmountText && isContinuation(row)) {
				appendToPrevious(row);
			}
			else if (!this.entries.isEmpty() || hasAmountText) {
				skip(row, dateText.isEmpty() ? "no date" : "'" + dateText + "' is not a date");
			}
			return;
		}
		if (!hasAmountText) {
			skip(row, "no amount");
			return;
		}
		BigDecimal amount = amount(row);
		if (amount == null) {
			skip(row, "amount '" + amountCells(row) + "' is not a number");
			return;
		}
		String description = description(row);
		if (isSummary(row, description, amount)) {
			return;
		}
		String account = cell(row, this.mapping.account());
		String holder = cell(row, this.mapping.holder());
		if (account != null && holder != null) {
			this.holders.putIfAbsent(account, holder);
		}
		this.entries.add(new Entry(row.line(), account, transaction(row, date, amount, description)));
	}

	private Transaction transaction(CsvRow row, LocalDate date, BigDecimal amount, String description) {
		LocalDate valueDate = null;
		if (this.mapping.valueDate() >= 0) {
			valueDate = this.mapping.profile(this.mapping.valueDate())
				.dateFormat()
				.parse(row.cell(this.mapping.valueDate()));
		}
		BigDecimal balance = null;
		if (this.mapping.balance() >= 0 && !row.cell(this.mapping.balance()).isEmpty()) {
			balance = this.mapping.profile(this.mapping.balance()).amount(row.cell(this.mapping.balance()));
			if (balance == null) {
				this.warnings.add("Line " + row.line() + ": balance '" + row.cell(this.mapping.balance())
						+ "' is not a number; left empty");
			}
		}
		String counterparty = cell(row, this.mapping.counterparty());
		return Transaction.builder(date, amount)
			.valueDate(valueDate)
			.description(description)
			.balance(balance)
			.currency(cell(row, this.mapping.currency()))
			.reference(cell(row, this.mapping.reference()))
			.type(cell(row, this.mapping.type()))
			.counterparty(counterparty)
			.counterpartyAccount(cell(row, this.mapping.counterpartyAccount()))
			.build();
	}

	/**
	 * The signed amount, or {@code null} when a non-empty amount cell is not a number.
	 */
	private BigDecimal amount(CsvRow row) {
		if (!this.mapping.hasDebitCreditPair()) {
			BigDecimal amount = money(row, this.mapping.amount());
			return (amount == null) ? null : applyDirection(row, amount);
		}
		if (this.mapping.debit() < 0 || this.mapping.credit() < 0) {
			return singleSided(row);
		}
		String debitText = cell(row, this.mapping.debit());
		String creditText = cell(row, this.mapping.credit());
		BigDecimal debit = (debitText == null) ? BigDecimal.ZERO : money(row, this.mapping.debit());
		BigDecimal credit = (creditText == null) ? BigDecimal.ZERO : money(row, this.mapping.credit());
		if (debit == null || credit == null) {
			return null;
		}
		// Some banks print the debit column already negative, others positive: the column
		// says the direction, not the sign.
		return credit.abs().subtract(debit.abs());
	}

	/**
	 * Only a money-in or only a money-out column: a column holding both signs is already
	 * signed ("Inflow" with negative rows); an unsigned money-out column is negated.
	 */
	private BigDecimal singleSided(CsvRow row) {
		int column = Math.max(this.mapping.debit(), this.mapping.credit());
		BigDecimal value = money(row, column);
		if (value == null || column == this.mapping.credit() || this.mapping.profile(column).negatives() > 0) {
			return value;
		}
		return value.negate();
	}

	private BigDecimal applyDirection(CsvRow row, BigDecimal amount) {
		if (this.mapping.direction() < 0) {
			return amount;
		}
		String flagText = row.cell(this.mapping.direction());
		DirectionFlag flag = flagText.isEmpty() ? this.mapping.blankDirection() : DirectionFlag.of(flagText);
		if (flag == null) {
			if (!flagText.isEmpty()) {
				this.warnings.add("Line " + row.line() + ": debit/credit flag '" + flagText
						+ "' not understood; amount kept as printed");
			}
			return amount;
		}
		return (flag == DirectionFlag.DEBIT) ? amount.abs().negate() : amount.abs();
	}

	private BigDecimal money(CsvRow row, int column) {
		if (column < 0) {
			return BigDecimal.ZERO;
		}
		return this.mapping.profile(column).amount(row.cell(column));
	}

	private String amountCells(CsvRow row) {
		if (!this.mapping.hasDebitCreditPair()) {
			return row.cell(this.mapping.amount());
		}
		String debit = row.cell(this.mapping.debit());
		String credit = row.cell(this.mapping.credit());
		return (debit.isEmpty() || credit.isEmpty()) ? debit + credit : debit + " / " + credit;
	}

	private String description(CsvRow row) {
		List<String> parts = new ArrayList<>();
		for (int column : this.mapping.description()) {
			String text = row.cell(column);
			if (!text.isEmpty() && !parts.contains(text)) {
				parts.add(text);
			}
		}
		return String.join(" ", parts);
	}

	/** A line that only carries more description, as OCBC prints long narratives. */
	private boolean isContinuation(CsvRow row) {
		if (this.entries.isEmpty()) {
			return false;
		}
		boolean text = false;
		for (int column = 0; column < row.cells().size(); column++) {
			if (row.cell(column).isEmpty()) {
				continue;
			}
			if (!this.mapping.description().contains(column)) {
				return false;
			}
			text = true;
		}
		return text;
	}

	private void appendToPrevious(CsvRow row) {
		Entry previous = this.entries.remove(this.entries.size() - 1);
		Transaction transaction = previous.transaction();
		String more = description(row);
		this.entries.add(new Entry(previous.line(), previous.account(),
				transaction.toBuilder().description(transaction.description() + " " + more).build()));
	}

	private boolean isSummary(CsvRow row, String description, BigDecimal amount) {
		String text = HeaderRoles.normalize(description);
		if (OPENING.contains(text) || CLOSING.contains(text)) {
			String account = cell(row, this.mapping.account());
			StatedBalances balances = this.stated.computeIfAbsent((account == null) ? "" : account,
					(k) -> new StatedBalances());
			if (OPENING.contains(text)) {
				balances.opening = amount;
			}
			else {
				balances.closing = amount;
			}
			return true;
		}
		if (TOTALS.contains(text)) {
			skip(row, "a summary row, not a transaction");
			return true;
		}
		return false;
	}

	private void skip(CsvRow row, String reason) {
		this.warnings.add("Line " + row.line() + " skipped (" + reason + "): " + row.preview());
	}

	private static String cell(CsvRow row, int column) {
		if (column < 0) {
			return null;
		}
		String text = row.cell(column);
		return text.isEmpty() ? null : text;
	}

}
