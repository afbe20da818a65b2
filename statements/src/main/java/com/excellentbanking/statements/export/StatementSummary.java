package com.excellentbanking.statements.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Reconciliation;
import com.excellentbanking.statements.model.Reconciliation.Mismatch;
import com.excellentbanking.statements.model.Reconciliation.Status;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

/**
 * What the outputs say about one statement apart from its transactions: the statement
 * metadata of {@code processed_data}. It is built from a reconciled statement, or read
 * back from a JSON output, so that every output describes a statement the same way.
 *
 * <p>
 * {@code account} and {@code iban} are already masked to their last four characters: the
 * outputs never carry a full account identifier. {@code minorUnitScale} is the number of
 * decimals every amount and balance of the statement is expressed in as an integer
 * ({@code amount_minor} in SQLite); it is at least 2 and large enough for the most
 * precise value of the statement (CAMT allows five decimals), so integer sums are exact.
 */
public record StatementSummary(int statementIndex, String bank, String account, String iban, String holder,
		String currency, LocalDate periodStart, LocalDate periodEnd, BigDecimal openingBalance,
		BigDecimal closingBalance, BigDecimal totalIn, BigDecimal totalOut, int transactionCount, Status status,
		Mismatch firstMismatch, List<String> warnings, int minorUnitScale) {

	static final int MIN_SCALE = 2;

	public StatementSummary {
		warnings = List.copyOf(warnings);
	}

	public static StatementSummary of(int statementIndex, ReconciledStatement reconciled) {
		Statement statement = reconciled.statement();
		Reconciliation reconciliation = reconciled.reconciliation();
		return new StatementSummary(statementIndex, statement.account().bank(), statement.account().maskedNumber(),
				statement.account().maskedIban(), statement.account().holder(), statement.currency(),
				statement.periodStart(), statement.periodEnd(), statement.openingBalance(), statement.closingBalance(),
				statement.totalIn(), statement.totalOut(), statement.transactions().size(), reconciliation.status(),
				reconciliation.firstMismatch(), statement.warnings(), scaleOf(statement));
	}

	public boolean reconciled() {
		return this.status == Status.RECONCILED;
	}

	/** The account as shown to people: the masked IBAN, else the masked number. */
	public String accountLabel() {
		return (this.iban != null) ? this.iban : this.account;
	}

	/**
	 * "The same account" across files, for per-account totals and for merging overlapping
	 * statements: currency plus masked identifier; {@code null} when the statement does
	 * not name its account, so unnamed accounts are never merged with each other. Two
	 * accounts only collide when they share currency, identifier length and last four
	 * characters.
	 */
	public String accountKey() {
		String label = accountLabel();
		return (label != null) ? ((this.currency != null) ? this.currency : "") + " " + label : null;
	}

	static int scaleOf(Statement statement) {
		int scale = Math.max(MIN_SCALE, scale(statement.openingBalance()));
		scale = Math.max(scale, scale(statement.closingBalance()));
		for (Transaction transaction : statement.transactions()) {
			scale = Math.max(scale, Math.max(scale(transaction.amount()), scale(transaction.balance())));
		}
		return scale;
	}

	private static int scale(BigDecimal value) {
		return (value != null) ? value.scale() : 0;
	}

}
