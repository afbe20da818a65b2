package com.excellentbanking.statements.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;
import com.excellentbanking.statements.reconcile.Reconciler;

/** Statements to export, built with the model's builders and reconciled for real. */
final class Fixtures {

	static final Account CHECKING = new Account("Demo Bank", "12345678", "DE89 3704 0044 0532 0130 00", "Jane Doe");

	static final Account SAVINGS = new Account(null, "987654321", null, null);

	private Fixtures() {
	}

	/**
	 * A PDF of three statements: one that reconciles (with descriptions that look like
	 * formulas), one whose running balance breaks, one with five-decimal amounts.
	 */
	static ExportSource pdf() {
		return new ExportSource(7L, "march 2024.pdf",
				new Extraction(StatementFormat.PDF, 2, 4_321,
						List.of(reconciled(checking()), reconciled(brokenSavings()), reconciled(fiveDecimals())),
						List.of("Page 2: one line could not be read")));
	}

	/** Reconciles; descriptions start with {@code = + - @}; one transaction in USD. */
	static Statement checking() {
		return new Statement(CHECKING, "EUR", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), money("1000.00"),
				money("3443.00"),
				List.of(tx("2024-03-02", "-45.10", "954.90", "=SUM(A1)").page(1).build(),
						tx("2024-03-05", "2500.00", "3454.90", "Salary\n  March").valueDate(LocalDate.of(2024, 3, 4))
							.reference("REF-1")
							.type("transfer")
							.counterparty("ACME GmbH")
							.counterpartyAccount("DE02120300000000202051")
							.page(1)
							.build(),
						tx("2024-03-09", "-12.35", "3442.55", "+1").page(2).build(),
						tx("2024-03-09", "-0.05", "3442.50", "-2").page(2).currency("USD").build(),
						tx("2024-03-30", "0.50", "3443.00", "@x").page(2).build()),
				List.of());
	}

	/** The second running balance is off by 0.50. */
	static Statement brokenSavings() {
		return new Statement(SAVINGS, "USD", null, null, money("10.00"), money("6.00"),
				List.of(tx("2024-03-03", "-1.00", "9.00", "Fee").build(),
						tx("2024-03-04", "-2.00", "8.50", "Card payment").build()),
				List.of("Balance column partly unreadable"));
	}

	/** CAMT allows five decimals; they must survive every output exactly. */
	static Statement fiveDecimals() {
		return new Statement(new Account("Fund Bank", null, "CH9300762011623852957", null), "CHF",
				LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), money("100.00000"), money("100.12344"),
				List.of(tx("2024-03-10", "0.12345", null, "Interest").build(),
						tx("2024-03-11", "-0.00001", null, "Rounding").build()),
				List.of());
	}

	/** March 1–20 of the checking account, plus a statement that names no account. */
	static ExportSource march() {
		Statement checking = new Statement(CHECKING, "EUR", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 20),
				money("1000.00"), money("2144.00"),
				List.of(tx("2024-03-01", "-800.00", "200.00", "Rent").build(),
						tx("2024-03-15", "2000.00", "2200.00", "Salary").build(),
						tx("2024-03-16", "-3.00", null, "Coffee").build(),
						tx("2024-03-16", "-3.00", null, "Coffee").build(),
						tx("2024-03-20", "-50.00", "2144.00", "Groceries").build()),
				List.of());
		return new ExportSource(11L, "march.csv", extraction(checking, cash()));
	}

	/**
	 * March 15 to April 5 of the same account: overlaps March by four transactions, one
	 * of them printed with one decimal less.
	 */
	static ExportSource april() {
		Statement checking = new Statement(CHECKING, "EUR", LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 5),
				money("200.00"), money("1356.50"),
				List.of(tx("2024-03-15", "2000.00", "2200.00", "Salary").build(),
						tx("2024-03-16", "-3.00", null, "Coffee").build(),
						tx("2024-03-16", "-3.00", null, "Coffee").build(),
						tx("2024-03-20", "-50.0", "2144.00", "Groceries").build(),
						tx("2024-04-02", "-800.00", "1344.00", "Rent").build(),
						tx("2024-04-05", "12.5", "1356.50", "Refund").build()),
				List.of());
		return new ExportSource(12L, "april.csv", extraction(checking, cash()));
	}

	/** Another account, in another currency, in a file whose name Excel would refuse. */
	static ExportSource savings() {
		Statement savings = new Statement(SAVINGS, "USD", null, null, money("100.00"), money("102.55"),
				List.of(tx("2024-03-10", "1.25", "101.25", "Interest").build(),
						tx("2024-04-10", "1.30", "102.55", "Interest").build()),
				List.of());
		return new ExportSource(13L, "savings [2024]: Q1/Q2? statement of account.pdf", extraction(savings));
	}

	/** Names no account: equal transactions in two files are not known to be the same. */
	private static Statement cash() {
		return new Statement(Account.UNKNOWN, "EUR", null, null, null, null,
				List.of(tx("2024-03-05", "-20.00", null, "Cash").build()), List.of());
	}

	private static Extraction extraction(Statement... statements) {
		return new Extraction(StatementFormat.CSV, 0, 1_000,
				java.util.Arrays.stream(statements).map(Fixtures::reconciled).toList(), List.of());
	}

	static ReconciledStatement reconciled(Statement statement) {
		return new ReconciledStatement(statement, Reconciler.reconcile(statement));
	}

	static Transaction.Builder tx(String date, String amount, String balance, String description) {
		return Transaction.builder(LocalDate.parse(date), money(amount))
			.balance((balance != null) ? money(balance) : null)
			.description(description);
	}

	static BigDecimal money(String text) {
		return new BigDecimal(text);
	}

}
