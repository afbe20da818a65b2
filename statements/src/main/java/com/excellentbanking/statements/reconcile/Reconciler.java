package com.excellentbanking.statements.reconcile;

import java.math.BigDecimal;
import java.util.List;

import com.excellentbanking.statements.model.Reconciliation;
import com.excellentbanking.statements.model.Reconciliation.Mismatch;
import com.excellentbanking.statements.model.Reconciliation.Status;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

/**
 * Checks that a statement adds up. All arithmetic is exact ({@link BigDecimal}); a
 * statement either reconciles to the cent or names the first place it breaks.
 */
public final class Reconciler {

	private Reconciler() {
	}

	public static Reconciliation reconcile(Statement statement) {
		List<Transaction> transactions = statement.transactions();
		BigDecimal sum = transactions.stream().map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal opening = statement.openingBalance();
		BigDecimal computedClosing = (opening != null) ? opening.add(sum) : null;

		Mismatch runningMismatch = firstRunningBalanceMismatch(opening, transactions);
		if (runningMismatch != null) {
			return new Reconciliation(Status.MISMATCH, computedClosing, runningMismatch);
		}
		BigDecimal closing = statement.closingBalance();
		if (opening == null || closing == null) {
			// without a closing balance only a printed balance on the last row checks the
			// amounts up to the end; rows after it could be misread or missing unnoticed
			boolean chainReachesTheEnd = !transactions.isEmpty()
					&& transactions.get(transactions.size() - 1).balance() != null;
			return new Reconciliation((opening != null && chainReachesTheEnd) ? Status.RECONCILED : Status.UNVERIFIED,
					computedClosing, null);
		}
		if (computedClosing.compareTo(closing) != 0) {
			return new Reconciliation(Status.MISMATCH, computedClosing,
					new Mismatch(-1, Mismatch.CLOSING_BALANCE, computedClosing, closing,
							"Opening balance " + opening.toPlainString() + " plus transactions " + sum.toPlainString()
									+ " gives " + computedClosing.toPlainString()
									+ ", but the statement's closing balance is " + closing.toPlainString()));
		}
		return new Reconciliation(Status.RECONCILED, computedClosing, null);
	}

	/**
	 * Each printed running balance must equal the previous one plus its amount. The chain
	 * starts at the opening balance; where that is missing it starts at the first printed
	 * balance. Rows without a printed balance carry the computed one forward.
	 */
	private static Mismatch firstRunningBalanceMismatch(BigDecimal opening, List<Transaction> transactions) {
		BigDecimal previous = opening;
		for (int i = 0; i < transactions.size(); i++) {
			Transaction transaction = transactions.get(i);
			BigDecimal expected = (previous != null) ? previous.add(transaction.amount()) : null;
			BigDecimal printed = transaction.balance();
			if (printed != null && expected != null && printed.compareTo(expected) != 0) {
				return new Mismatch(i, Mismatch.RUNNING_BALANCE, expected, printed,
						"Transaction " + (i + 1) + " on " + transaction.date() + " ("
								+ transaction.amount().toPlainString() + ") shows balance " + printed.toPlainString()
								+ ", expected " + expected.toPlainString());
			}
			previous = (printed != null) ? printed : expected;
		}
		return null;
	}

}
