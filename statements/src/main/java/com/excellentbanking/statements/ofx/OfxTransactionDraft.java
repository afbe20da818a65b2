package com.excellentbanking.statements.ofx;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.excellentbanking.statements.model.Transaction;

/**
 * The leaves of one {@code STMTTRN} or investment transaction, collected until its
 * aggregate closes.
 */
final class OfxTransactionDraft {

	private final String aggregate;

	private String type;

	private String posted;

	private String available;

	private String amount;

	private String total;

	private String fitId;

	private String checkNumber;

	private String referenceNumber;

	private String name;

	private String payeeName;

	private String memo;

	private String currency;

	private String counterpartyAccount;

	private String security;

	OfxTransactionDraft(String aggregate) {
		this.aggregate = aggregate;
	}

	String aggregate() {
		return this.aggregate;
	}

	boolean investment() {
		return !this.aggregate.equals("STMTTRN");
	}

	String fitId() {
		return this.fitId;
	}

	void leaf(String frame, String leaf, String value) {
		switch (frame) {
			case "PAYEE" -> {
				if (leaf.equals("NAME")) {
					this.payeeName = value;
				}
			}
			case "BANKACCTTO", "CCACCTTO" -> {
				if (leaf.equals("ACCTID")) {
					this.counterpartyAccount = value;
				}
			}
			case "CURRENCY" -> {
				if (leaf.equals("CURSYM")) {
					this.currency = value;
				}
			}
			case "SECID" -> {
				if (leaf.equals("UNIQUEID")) {
					this.security = value;
				}
			}
			case "ORIGCURRENCY" -> {
				// the amount is already converted to the statement currency
			}
			default -> transactionLeaf(leaf, value);
		}
	}

	private void transactionLeaf(String leaf, String value) {
		switch (leaf) {
			case "TRNTYPE" -> this.type = value;
			case "DTPOSTED", "DTTRADE" -> this.posted = value;
			case "DTAVAIL", "DTSETTLE" -> this.available = value;
			case "TRNAMT" -> this.amount = value;
			case "TOTAL" -> this.total = value;
			case "FITID" -> this.fitId = value;
			case "CHECKNUM" -> this.checkNumber = value;
			case "REFNUM" -> this.referenceNumber = value;
			case "NAME" -> this.name = value;
			case "MEMO" -> this.memo = value;
			default -> {
			}
		}
	}

	/** A transaction, or why there is none, for the statement's warnings. */
	record Result(Transaction transaction, String problem) {
	}

	Result build() {
		LocalDate date = OfxValues.date(this.posted);
		if (date == null) {
			return problem((this.posted == null) ? "no date" : "unreadable date '" + this.posted + "'");
		}
		String amountText = investment() ? this.total : this.amount;
		if (amountText == null && investment()) {
			return problem("it moves securities only, no cash");
		}
		if (this.aggregate.equals("REINVEST")) {
			// income bought more units at once: no cash moved on the account
			return problem("it reinvests income, no cash moved");
		}
		BigDecimal amount = OfxValues.amount(amountText);
		if (amount == null) {
			return problem((amountText == null) ? "no amount" : "unreadable amount '" + amountText + "'");
		}
		String counterparty = (this.payeeName != null) ? this.payeeName : this.name;
		Transaction transaction = Transaction.builder(date, amount)
			.valueDate(OfxValues.date(this.available))
			.description(investment() ? describeInvestment() : describe(counterparty, this.memo))
			.currency(this.currency)
			.reference(firstPresent(this.fitId, this.checkNumber, this.referenceNumber))
			.type(investment() ? this.aggregate : this.type)
			.counterparty(counterparty)
			.counterpartyAccount(this.counterpartyAccount)
			.build();
		return new Result(transaction, null);
	}

	private String describeInvestment() {
		return describe(this.memo, (this.security != null) ? "security " + this.security : null);
	}

	/**
	 * Name, then memo. Many banks cut the memo to 32 characters to fill NAME, so a memo
	 * that merely continues the name replaces it.
	 */
	static String describe(String name, String memo) {
		if (name == null || name.isBlank()) {
			return (memo != null) ? memo : "";
		}
		if (memo == null || memo.isBlank() || name.equals(memo)) {
			return name;
		}
		if (memo.startsWith(name)) {
			return memo;
		}
		return name + " - " + memo;
	}

	private Result problem(String problem) {
		String id = (this.fitId != null) ? " " + this.fitId : "";
		return new Result(null, "Skipped " + this.aggregate + id + ": " + problem);
	}

	private static String firstPresent(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
