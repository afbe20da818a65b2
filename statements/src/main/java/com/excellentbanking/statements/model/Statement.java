package com.excellentbanking.statements.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One account's statement: its balances and its transactions in statement order.
 *
 * <p>
 * Balances are {@code null} when the source does not state them. The period falls back to
 * the first and last transaction dates when the source does not state it.
 */
public record Statement(Account account, String currency, LocalDate periodStart, LocalDate periodEnd,
		BigDecimal openingBalance, BigDecimal closingBalance, List<Transaction> transactions, List<String> warnings) {

	public Statement {
		account = Objects.requireNonNullElse(account, Account.UNKNOWN);
		currency = Text.blankToNull(currency);
		transactions = List.copyOf(transactions);
		warnings = List.copyOf(warnings);
		if (periodStart == null) {
			periodStart = transactions.stream().map(Transaction::date).min(Comparator.naturalOrder()).orElse(null);
		}
		if (periodEnd == null) {
			periodEnd = transactions.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElse(null);
		}
	}

	public BigDecimal totalIn() {
		return this.transactions.stream()
			.map(Transaction::amount)
			.filter((amount) -> amount.signum() > 0)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Money out as a positive number. */
	public BigDecimal totalOut() {
		return this.transactions.stream()
			.map(Transaction::amount)
			.filter((amount) -> amount.signum() < 0)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.negate();
	}

	public Statement withWarnings(List<String> warnings) {
		return new Statement(this.account, this.currency, this.periodStart, this.periodEnd, this.openingBalance,
				this.closingBalance, this.transactions, warnings);
	}

}
