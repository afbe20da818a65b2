package com.excellentbanking.statements.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.Reconciliation;
import com.excellentbanking.statements.model.Reconciliation.Mismatch;
import com.excellentbanking.statements.model.Reconciliation.Status;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

class ReconcilerTest {

	@Test
	void openingPlusTransactionsEqualToClosingReconciles() {
		Reconciliation result = Reconciler
			.reconcile(statement("100.00", "95.50", row("-10.00", null), row("5.50", null)));
		assertThat(result.status()).isEqualTo(Status.RECONCILED);
		assertThat(result.computedClosingBalance()).isEqualByComparingTo("95.50");
	}

	@Test
	void closingOffByACentIsAMismatchNamingBothFigures() {
		Reconciliation result = Reconciler
			.reconcile(statement("100.00", "95.51", row("-10.00", null), row("5.50", null)));
		assertThat(result.status()).isEqualTo(Status.MISMATCH);
		assertThat(result.firstMismatch().kind()).isEqualTo(Mismatch.CLOSING_BALANCE);
		// expected is what the transactions give, actual what the statement prints, as
		// for a running balance
		assertThat(result.firstMismatch().expected()).isEqualByComparingTo("95.50");
		assertThat(result.firstMismatch().actual()).isEqualByComparingTo("95.51");
	}

	@Test
	void firstRunningBalanceThatDoesNotChainIsTheMismatch() {
		Reconciliation result = Reconciler
			.reconcile(statement("100.00", null, row("-10.00", "90.00"), row("-5.00", "86.00"), row("1.00", "87.00")));
		assertThat(result.status()).isEqualTo(Status.MISMATCH);
		assertThat(result.firstMismatch().transactionIndex()).isEqualTo(1);
		assertThat(result.firstMismatch().expected()).isEqualByComparingTo("85.00");
	}

	@Test
	void runningBalancesFromAStatedOpeningToTheLastRowReconcile() {
		Reconciliation result = Reconciler
			.reconcile(statement("100.00", null, row("-10.00", "90.00"), row("-5.00", null), row("1.00", "86.00")));
		assertThat(result.status()).isEqualTo(Status.RECONCILED);
	}

	@Test
	void rowsAfterTheLastRunningBalanceAreNotCheckedSoTheStatementIsUnverified() {
		// without a closing balance nothing checks the last two amounts: a misread or
		// dropped row there would go unnoticed
		Reconciliation result = Reconciler
			.reconcile(statement("100.00", null, row("-10.00", "90.00"), row("-5.00", null), row("1.00", null)));
		assertThat(result.status()).isEqualTo(Status.UNVERIFIED);
		assertThat(result.computedClosingBalance()).isEqualByComparingTo("86.00");
	}

	@Test
	void onlyAClosingBalanceIsUnverified() {
		Reconciliation result = Reconciler.reconcile(statement(null, "95.50", row("-10.00", null)));
		assertThat(result.status()).isEqualTo(Status.UNVERIFIED);
		assertThat(result.firstMismatch()).isNull();
	}

	private static Statement statement(String opening, String closing, Transaction... transactions) {
		return new Statement(Account.UNKNOWN, "EUR", null, null, decimal(opening), decimal(closing),
				Arrays.asList(transactions), List.of());
	}

	private static Transaction row(String amount, String balance) {
		return Transaction.builder(LocalDate.of(2024, 3, 1), new BigDecimal(amount)).balance(decimal(balance)).build();
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
