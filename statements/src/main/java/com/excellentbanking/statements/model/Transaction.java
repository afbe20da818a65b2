package com.excellentbanking.statements.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One booked movement on an account, as the statement shows it.
 *
 * <p>
 * {@code amount} is signed from the account holder's side: money in is positive. It keeps
 * the statement's exact decimals. {@code balance} is the running balance after this
 * transaction when the statement prints one, else {@code null}. {@code currency} may be
 * {@code null}, meaning the statement's currency. {@code page} is the 1-based page of
 * paged sources (PDF, scans), else {@code null}.
 */
public record Transaction(LocalDate date, LocalDate valueDate, String description, BigDecimal amount,
		BigDecimal balance, String currency, String reference, String type, String counterparty,
		String counterpartyAccount, Integer page) {

	public Transaction {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(amount, "amount");
		description = Text.oneLine(description);
		currency = Text.blankToNull(currency);
		reference = Text.blankToNull(reference);
		type = Text.blankToNull(type);
		counterparty = Text.blankToNull(counterparty);
		counterpartyAccount = Text.blankToNull(counterpartyAccount);
	}

	public static Builder builder(LocalDate date, BigDecimal amount) {
		return new Builder(date, amount);
	}

	/**
	 * The money that went out, as a positive number; {@code null} for money in or zero.
	 */
	public BigDecimal debit() {
		return (amount.signum() < 0) ? amount.negate() : null;
	}

	/**
	 * The money that came in, as a positive number; {@code null} for money out or zero.
	 */
	public BigDecimal credit() {
		return (amount.signum() > 0) ? amount : null;
	}

	public Builder toBuilder() {
		return new Builder(this.date, this.amount).valueDate(this.valueDate)
			.description(this.description)
			.balance(this.balance)
			.currency(this.currency)
			.reference(this.reference)
			.type(this.type)
			.counterparty(this.counterparty)
			.counterpartyAccount(this.counterpartyAccount)
			.page(this.page);
	}

	/** Builds a transaction field by field; parsers fill what their format has. */
	public static final class Builder {

		private LocalDate date;

		private BigDecimal amount;

		private LocalDate valueDate;

		private String description = "";

		private BigDecimal balance;

		private String currency;

		private String reference;

		private String type;

		private String counterparty;

		private String counterpartyAccount;

		private Integer page;

		private Builder(LocalDate date, BigDecimal amount) {
			this.date = date;
			this.amount = amount;
		}

		public Builder date(LocalDate date) {
			this.date = date;
			return this;
		}

		public Builder amount(BigDecimal amount) {
			this.amount = amount;
			return this;
		}

		public Builder valueDate(LocalDate valueDate) {
			this.valueDate = valueDate;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder balance(BigDecimal balance) {
			this.balance = balance;
			return this;
		}

		public Builder currency(String currency) {
			this.currency = currency;
			return this;
		}

		public Builder reference(String reference) {
			this.reference = reference;
			return this;
		}

		public Builder type(String type) {
			this.type = type;
			return this;
		}

		public Builder counterparty(String counterparty) {
			this.counterparty = counterparty;
			return this;
		}

		public Builder counterpartyAccount(String counterpartyAccount) {
			this.counterpartyAccount = counterpartyAccount;
			return this;
		}

		public Builder page(Integer page) {
			this.page = page;
			return this;
		}

		public Transaction build() {
			return new Transaction(this.date, this.valueDate, this.description, this.amount, this.balance,
					this.currency, this.reference, this.type, this.counterparty, this.counterpartyAccount, this.page);
		}

	}

}
