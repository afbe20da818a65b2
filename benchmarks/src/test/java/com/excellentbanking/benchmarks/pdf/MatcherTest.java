package com.excellentbanking.benchmarks.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;
import com.excellentbanking.statements.reconcile.Reconciler;

import static org.assertj.core.api.Assertions.assertThat;

class MatcherTest {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

	@Test
	void oneExtractedTransactionIsFoundOnceEvenWhenPrintedTwice() {
		TruthStatement truth = truth("100.00", "80.00", "-10.00", "-10.00");
		ReconciledStatement extracted = extracted("100.00", "90.00", "-10.00");

		Score score = Matcher.score(List.of(truth), List.of(extracted));

		assertThat(score.expected).isEqualTo(2);
		assertThat(score.extracted).isEqualTo(1);
		assertThat(score.matched).isEqualTo(1);
	}

	@Test
	void oneStatementExtractedTwiceReconcilesOnlyItsOwnTruth() {
		TruthStatement first = truth("100.00", "90.00", "-10.00");
		TruthStatement second = truth("500.00", "450.00", "-50.00");
		ReconciledStatement firstRead = extracted("100.00", "90.00", "-10.00");

		Score score = Matcher.score(List.of(first, second), List.of(firstRead, firstRead));

		assertThat(score.statements).isEqualTo(2);
		assertThat(score.statementsReconciled).isEqualTo(1);
	}

	private static TruthStatement truth(String opening, String closing, String... amounts) {
		List<TruthTransaction> transactions = java.util.Arrays.stream(amounts)
			.map((a) -> new TruthTransaction(DAY, List.of("CARD PAYMENT"), new BigDecimal(a), null))
			.toList();
		return new TruthStatement("1", DAY, DAY, new BigDecimal(opening), new BigDecimal(closing), transactions);
	}

	private static ReconciledStatement extracted(String opening, String closing, String... amounts) {
		List<Transaction> transactions = java.util.Arrays.stream(amounts)
			.map((a) -> Transaction.builder(DAY, new BigDecimal(a)).description("CARD PAYMENT").build())
			.toList();
		Statement statement = new Statement(Account.UNKNOWN, "EUR", DAY, DAY, new BigDecimal(opening),
				new BigDecimal(closing), transactions, List.of());
		return new ReconciledStatement(statement, Reconciler.reconcile(statement));
	}

}
