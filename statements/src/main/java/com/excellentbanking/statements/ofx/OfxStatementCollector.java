package com.excellentbanking.statements.ofx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import com.excellentbanking.statements.model.Statement;

/**
 * Builds statements from OFX elements. Every {@code STMTRS} (bank), {@code CCSTMTRS}
 * (credit card) and {@code INVSTMTRS} (investment) aggregate becomes one statement.
 * Leaves are read against the innermost aggregate this class knows, so unknown vendor
 * aggregates and SGML leaves without a value never change where a value goes.
 */
final class OfxStatementCollector implements OfxEvents {

	/**
	 * Investment transactions. Their cash effect is their {@code TOTAL}; the units and
	 * prices of securities are outside a bank statement's model.
	 */
	static final Set<String> INVESTMENT_TRANSACTIONS = Set.of("BUYDEBT", "BUYMF", "BUYOPT", "BUYOTHER", "BUYSTOCK",
			"CLOSUREOPT", "INCOME", "INVEXPENSE", "JRNLFUND", "JRNLSEC", "MARGININTEREST", "REINVEST", "RETOFCAP",
			"SELLDEBT", "SELLMF", "SELLOPT", "SELLOTHER", "SELLSTOCK", "SPLIT", "TRANSFER");

	private static final Set<String> STATEMENTS = Set.of("STMTRS", "CCSTMTRS", "INVSTMTRS");

	/**
	 * Aggregates whose leaves matter, or whose leaves must not be mistaken for others'.
	 */
	private static final Set<String> KNOWN = Set.of("FI", "STMTRS", "CCSTMTRS", "INVSTMTRS", "BANKACCTFROM",
			"CCACCTFROM", "INVACCTFROM", "BANKTRANLIST", "INVTRANLIST", "STMTTRN", "PAYEE", "BANKACCTTO", "CCACCTTO",
			"CURRENCY", "ORIGCURRENCY", "LEDGERBAL", "AVAILBAL", "BALLIST", "INVBANKTRAN", "INVTRAN", "SECID",
			"INVPOSLIST", "INVBAL", "INV401K", "INV401KBAL", "INVOOLIST", "SECLIST", "MKTGINFO");

	private final Deque<String> frames = new ArrayDeque<>();

	private final List<Statement> statements = new ArrayList<>();

	private String organization;

	private OfxStatementDraft statement;

	private OfxTransactionDraft transaction;

	List<Statement> statements() {
		return this.statements;
	}

	@Override
	public void open(String name) {
		if (!KNOWN.contains(name) && !INVESTMENT_TRANSACTIONS.contains(name)) {
			return;
		}
		this.frames.push(name);
		if (STATEMENTS.contains(name)) {
			this.statement = new OfxStatementDraft(name, this.organization);
		}
		else if (this.statement != null && isTransactionStart(name)) {
			this.transaction = new OfxTransactionDraft(name);
		}
	}

	/**
	 * A bank transaction is a {@code STMTTRN}, also inside an investment statement's
	 * {@code INVBANKTRAN}; an investment transaction is its own aggregate, but only
	 * directly in the transaction list (a {@code TRANSFER} elsewhere is not one).
	 */
	private boolean isTransactionStart(String name) {
		if (name.equals("STMTTRN")) {
			return true;
		}
		return INVESTMENT_TRANSACTIONS.contains(name) && "INVTRANLIST".equals(parentFrame());
	}

	private String parentFrame() {
		if (this.frames.size() < 2) {
			return null;
		}
		var iterator = this.frames.iterator();
		iterator.next();
		return iterator.next();
	}

	@Override
	public void leaf(String name, String value) {
		String frame = this.frames.peek();
		if (frame == null) {
			return;
		}
		if (frame.equals("FI") && name.equals("ORG")) {
			this.organization = value;
			return;
		}
		if (this.statement == null) {
			return;
		}
		if (this.transaction != null && this.frames.contains(this.transaction.aggregate())) {
			this.transaction.leaf(frame, name, value);
		}
		else {
			this.statement.leaf(frame, name, value);
		}
	}

	@Override
	public void close(String name) {
		if (!name.equals(this.frames.peek())) {
			return;
		}
		this.frames.pop();
		if (this.transaction != null && name.equals(this.transaction.aggregate()) && !this.frames.contains(name)) {
			this.statement.add(this.transaction);
			this.transaction = null;
		}
		else if (this.statement != null && name.equals(this.statement.aggregate())) {
			this.statements.add(this.statement.build());
			this.statement = null;
			this.transaction = null;
		}
	}

}
