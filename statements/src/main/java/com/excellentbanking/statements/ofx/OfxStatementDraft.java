package com.excellentbanking.statements.ofx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

/**
 * The leaves of one statement aggregate, collected until it closes.
 *
 * <p>
 * Balances: OFX gives the ledger balance at {@code DTASOF}, not an opening balance. The
 * closing balance is {@code LEDGERBAL}; the opening balance stays open. Deriving it as
 * the closing minus the transactions would make the reconciliation check itself and call
 * a statement with a dropped transaction reconciled, so the figure is only named in a
 * warning and the statement is unverified. Investment statements read their cash
 * movements only and leave balances open: their cash balance is not stated for the listed
 * period.
 */
final class OfxStatementDraft {

	/** Enough to name the problem without flooding the summary. */
	private static final int MAX_LISTED = 5;

	private final String aggregate;

	private final String organization;

	private String currency;

	private String bankId;

	private String accountId;

	private String start;

	private String end;

	private String ledger;

	private boolean ledgerSeen;

	private String available;

	private final List<Transaction> transactions = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final Set<String> fitIds = new HashSet<>();

	private final Set<String> repeatedFitIds = new LinkedHashSet<>();

	private int missingFitIds;

	private final List<String> skipped = new ArrayList<>();

	private int skippedCount;

	OfxStatementDraft(String aggregate, String organization) {
		this.aggregate = aggregate;
		this.organization = organization;
	}

	String aggregate() {
		return this.aggregate;
	}

	private boolean investment() {
		return this.aggregate.equals("INVSTMTRS");
	}

	void leaf(String frame, String leaf, String value) {
		switch (frame) {
			case "STMTRS", "CCSTMTRS", "INVSTMTRS" -> {
				if (leaf.equals("CURDEF")) {
					this.currency = value;
				}
			}
			case "BANKACCTFROM", "CCACCTFROM", "INVACCTFROM" -> account(leaf, value);
			case "BANKTRANLIST", "INVTRANLIST" -> {
				if (leaf.equals("DTSTART")) {
					this.start = value;
				}
				else if (leaf.equals("DTEND")) {
					this.end = value;
				}
			}
			case "LEDGERBAL" -> {
				if (leaf.equals("BALAMT")) {
					this.ledger = value;
					this.ledgerSeen = true;
				}
			}
			case "AVAILBAL" -> {
				if (leaf.equals("BALAMT")) {
					this.available = value;
				}
			}
			default -> {
			}
		}
	}

	private void account(String leaf, String value) {
		switch (leaf) {
			case "BANKID", "BROKERID" -> this.bankId = value;
			case "ACCTID" -> this.accountId = value;
			default -> {
			}
		}
	}

	void add(OfxTransactionDraft draft) {
		OfxTransactionDraft.Result result = draft.build();
		if (result.transaction() == null) {
			this.skippedCount++;
			if (this.skipped.size() < MAX_LISTED) {
				this.skipped.add(result.problem());
			}
			return;
		}
		String fitId = draft.fitId();
		if (fitId == null || fitId.isBlank()) {
			this.missingFitIds++;
		}
		else if (!this.fitIds.add(fitId)) {
			this.repeatedFitIds.add(fitId);
		}
		this.transactions.add(result.transaction());
	}

	Statement build() {
		BigDecimal closing = null;
		if (investment()) {
			this.warnings.add("Investment statement: only cash movements are read (TOTAL of each investment "
					+ "transaction); holdings and balances are not");
		}
		else {
			closing = closingBalance();
			if (closing != null) {
				BigDecimal sum = this.transactions.stream()
					.map(Transaction::amount)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				this.warnings.add("The file states no opening balance, only the ledger balance (LEDGERBAL), so the "
						+ "transactions cannot be checked against it; the opening balance would be "
						+ closing.subtract(sum).toPlainString() + " if no transaction is missing");
			}
		}
		fitIdWarnings();
		skippedWarnings();
		return new Statement(account(), this.currency, OfxValues.date(this.start), OfxValues.date(this.end), null,
				closing, this.transactions, this.warnings);
	}

	private BigDecimal closingBalance() {
		if (!this.ledgerSeen) {
			this.warnings.add((this.available != null)
					? "No ledger balance (LEDGERBAL), only an available balance (AVAILBAL " + this.available
							+ "), which is not the booked balance: balances left open"
					: "No ledger balance (LEDGERBAL): balances left open");
			return null;
		}
		BigDecimal closing = OfxValues.amount(this.ledger);
		if (closing == null) {
			this.warnings.add(this.ledger.isEmpty() ? "The ledger balance (LEDGERBAL) is empty: balances left open"
					: "Unreadable ledger balance '" + this.ledger + "': balances left open");
		}
		return closing;
	}

	private void fitIdWarnings() {
		if (this.missingFitIds > 0) {
			this.warnings.add(this.missingFitIds + " transaction(s) without FITID: duplicates cannot be recognised");
		}
		if (!this.repeatedFitIds.isEmpty()) {
			this.warnings.add("FITID repeated (kept every occurrence): "
					+ String.join(", ", this.repeatedFitIds.stream().limit(MAX_LISTED).toList())
					+ ((this.repeatedFitIds.size() > MAX_LISTED) ? ", ..." : ""));
		}
	}

	private void skippedWarnings() {
		if (this.skippedCount == 0) {
			return;
		}
		this.warnings.addAll(this.skipped);
		if (this.skippedCount > this.skipped.size()) {
			this.warnings.add((this.skippedCount - this.skipped.size()) + " more transaction(s) skipped");
		}
	}

	private Account account() {
		String bank = (this.bankId != null) ? this.bankId : this.organization;
		return new Account(bank, this.accountId, null, null);
	}

}
