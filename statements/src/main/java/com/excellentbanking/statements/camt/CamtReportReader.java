package com.excellentbanking.statements.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

/**
 * Reads one {@code Stmt}, {@code Rpt} or {@code Ntfctn} element, whose start tag the
 * reader has just passed, into a statement.
 *
 * <p>
 * Balances: opening is {@code OPBD} (opening booked) or, failing that, {@code PRCD}
 * (previously closed booked, which some banks send instead); closing is {@code CLBD}.
 * {@code CLAV} (closing available) is informational and reported as a note. Only booked
 * entries are transactions: pending ({@code PDNG}) and informational entries do not move
 * the booked balance, so they are left out and counted in a warning.
 */
final class CamtReportReader {

	private final SafeXmlReader reader;

	private final List<String> warnings = new ArrayList<>();

	private final List<Transaction> transactions = new ArrayList<>();

	private Account account = Account.UNKNOWN;

	private String currency;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private CamtBalance opening;

	private CamtBalance previouslyClosed;

	private CamtBalance closing;

	private int unbooked;

	private LocalDate created;

	CamtReportReader(SafeXmlReader reader) {
		this.reader = reader;
	}

	Statement read() {
		int entryIndex = 0;
		while (this.reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (this.reader.localName()) {
				case "Acct" -> readAccount(this.reader.readElement());
				case "CreDtTm" -> this.created = CamtValues.date(this.reader.readElement());
				case "FrToDt" -> readPeriod(this.reader.readElement());
				case "Bal" -> readBalance(this.reader.readElement());
				case "Ntry" -> {
					entryIndex++;
					CamtEntry entry = CamtEntry.of(this.reader.readElement(), entryIndex, this.created);
					if (entry.booked()) {
						this.transactions.addAll(entry.transactions(this.warnings));
					}
					else {
						this.unbooked++;
					}
				}
				default -> this.reader.skipElement();
			}
		}
		if (this.unbooked > 0) {
			this.warnings.add(this.unbooked + " entr" + ((this.unbooked == 1) ? "y is" : "ies are")
					+ " not booked (status pending or information) and left out of the transactions");
		}
		if (this.currency == null && !this.transactions.isEmpty()) {
			this.currency = this.transactions.get(0).currency();
		}
		CamtBalance start = (this.opening != null) ? this.opening : this.previouslyClosed;
		return new Statement(this.account, this.currency, this.periodStart, this.periodEnd, amount(start),
				amount(this.closing), this.transactions, this.warnings);
	}

	private void readAccount(XmlElement acct) {
		String iban = acct.text("Id", "IBAN");
		// version 1 names other account ids PrtryAcct, later versions Othr
		String number = (acct.text("Id", "Othr", "Id") != null) ? acct.text("Id", "Othr", "Id")
				: acct.text("Id", "PrtryAcct", "Id");
		String holder = firstNonNull(acct.text("Ownr", "Nm"), acct.text("Ownr", "Pty", "Nm"), acct.text("Nm"));
		XmlElement servicer = acct.child("Svcr", "FinInstnId");
		String bank = (servicer == null) ? null
				: firstNonNull(servicer.text("Nm"), servicer.text("BICFI"), servicer.text("BIC"));
		this.account = new Account(bank, number, iban, holder);
		this.currency = acct.text("Ccy");
	}

	private void readPeriod(XmlElement period) {
		this.periodStart = CamtValues.date(period.child("FrDtTm"));
		this.periodEnd = CamtValues.date(period.child("ToDtTm"));
	}

	private void readBalance(XmlElement balance) {
		CamtBalance read = CamtBalance.of(balance);
		if (read == null) {
			return;
		}
		if (this.currency == null) {
			this.currency = read.currency();
		}
		switch (read.code()) {
			case "OPBD" -> this.opening = (this.opening == null) ? read : this.opening;
			case "PRCD" -> this.previouslyClosed = (this.previouslyClosed == null) ? read : this.previouslyClosed;
			case "CLBD" -> this.closing = read;
			case "CLAV" -> this.warnings.add("Closing available balance (CLAV): " + read.amount().toPlainString() + " "
					+ read.currency() + ((read.date() != null) ? " on " + read.date() : ""));
			default -> {
				// interim (ITBD, ITAV), forward (FWAV) and opening available balances
				// describe other moments than the statement's start and end
			}
		}
	}

	private static BigDecimal amount(CamtBalance balance) {
		return (balance != null) ? balance.amount() : null;
	}

	private static String firstNonNull(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
