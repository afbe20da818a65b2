package com.excellentbanking.statements.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.Text;
import com.excellentbanking.statements.model.Transaction;

/**
 * One {@code Ntry} and the transactions it stands for.
 *
 * <p>
 * Sign: {@code CdtDbtInd} is the direction of this entry on the account, reversal or not.
 * ISO 20022 says a reversal ({@code RvslInd} true) of a credit is booked as {@code DBIT}
 * and a reversal of a debit as {@code CRDT}, so the amount follows {@code CdtDbtInd}
 * alone and {@code RvslInd} only marks the description. The counterparty, though, is the
 * one of the original payment: for a reversed credit it is still the debtor.
 *
 * <p>
 * Batches: an entry with several {@code TxDtls} becomes one transaction per detail when
 * every detail states its amount and the signed amounts add up to the entry; otherwise
 * (amounts missing, or only the batch total is known) it stays one transaction, so the
 * statement still adds up.
 */
final class CamtEntry {

	private final XmlElement entry;

	private final int index;

	private final LocalDate fallbackDate;

	private final boolean batch;

	private CamtEntry(XmlElement entry, int index, LocalDate fallbackDate) {
		this.entry = entry;
		this.index = index;
		this.fallbackDate = fallbackDate;
		this.batch = details().size() > 1;
	}

	private List<XmlElement> details() {
		List<XmlElement> details = new ArrayList<>();
		for (XmlElement entryDetails : this.entry.children("NtryDtls")) {
			details.addAll(entryDetails.children("TxDtls"));
		}
		return details;
	}

	/**
	 * @param fallbackDate the report's creation date, for notifications whose entries
	 * carry no booking or value date
	 */
	static CamtEntry of(XmlElement entry, int index, LocalDate fallbackDate) {
		return new CamtEntry(entry, index, fallbackDate);
	}

	boolean booked() {
		String status = this.entry.text("Sts");
		if (status == null) {
			status = this.entry.text("Sts", "Cd");
		}
		return status == null || status.equals("BOOK");
	}

	List<Transaction> transactions(List<String> warnings) {
		XmlElement amountElement = this.entry.child("Amt");
		if (amountElement == null) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "CAMT entry " + this.index + " has no amount");
		}
		String currency = amountElement.attribute("Ccy");
		BigDecimal amount = CamtValues.signed(CamtValues.amount(amountElement), this.entry.text("CdtDbtInd"),
				"entry " + this.index);
		LocalDate booking = CamtValues.date(this.entry.child("BookgDt"));
		LocalDate value = CamtValues.date(this.entry.child("ValDt"));
		LocalDate date = (booking != null) ? booking : value;
		if (date == null) {
			if (this.fallbackDate == null) {
				throw new StatementException(ErrorCode.CORRUPT_FILE,
						"CAMT entry " + this.index + " has neither a booking nor a value date");
			}
			date = this.fallbackDate;
			warnings.add("Entry " + this.index + " has no booking or value date; dated " + date
					+ ", the creation date of its report");
		}
		List<XmlElement> details = details();
		List<Transaction> transactions = new ArrayList<>();
		List<BigDecimal> split = splitAmounts(details, amount, currency);
		if (split != null) {
			for (int i = 0; i < details.size(); i++) {
				transactions.add(transaction(date, value, split.get(i), currency, details.get(i)));
			}
		}
		else {
			transactions.add(transaction(date, value, amount, currency, (details.size() == 1) ? details.get(0) : null));
		}
		return transactions;
	}

	/**
	 * The signed amount of each detail, or {@code null} when the entry must stay whole.
	 */
	private List<BigDecimal> splitAmounts(List<XmlElement> details, BigDecimal entryAmount, String currency) {
		if (details.size() < 2) {
			return null;
		}
		List<BigDecimal> amounts = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (XmlElement detail : details) {
			XmlElement amount = detail.child("Amt");
			if (amount == null) {
				amount = detail.child("AmtDtls", "TxAmt", "Amt");
			}
			if (amount == null || currency != null && !currency.equals(amount.attribute("Ccy"))) {
				return null;
			}
			String indicator = detail.text("CdtDbtInd");
			BigDecimal signed = CamtValues.signed(CamtValues.amount(amount),
					(indicator != null) ? indicator : this.entry.text("CdtDbtInd"), "entry " + this.index + " detail");
			amounts.add(signed);
			sum = sum.add(signed);
		}
		return (sum.compareTo(entryAmount) == 0) ? amounts : null;
	}

	private Transaction transaction(LocalDate date, LocalDate valueDate, BigDecimal amount, String currency,
			XmlElement detail) {
		boolean reversal = "true".equalsIgnoreCase(this.entry.text("RvslInd"));
		String description = description(detail);
		if (reversal) {
			description = Text.oneLine("Reversal " + description);
		}
		// the original payment's roles: a reversed credit still names its debtor
		boolean fromDebtor = (amount.signum() > 0) != reversal;
		String role = fromDebtor ? "Dbtr" : "Cdtr";
		String counterparty = (detail != null) ? CamtParties.name(detail.child("RltdPties"), role) : null;
		// card payments name no party; their merchant is the entry's additional info
		if (counterparty == null && (detail != null ? detail.child("RmtInf") == null : !this.batch)) {
			counterparty = this.entry.text("AddtlNtryInf");
		}
		return Transaction.builder(date, amount)
			.valueDate(valueDate)
			.description(description)
			.currency(currency)
			.reference(reference(detail))
			.type(CamtParties.bankTransactionCode(
					(detail != null && detail.child("BkTxCd") != null && !detail.child("BkTxCd").children().isEmpty())
							? detail.child("BkTxCd") : this.entry.child("BkTxCd")))
			.counterparty(counterparty)
			.counterpartyAccount((detail != null) ? CamtParties.account(detail.child("RltdPties"), role) : null)
			.build();
	}

	private String description(XmlElement detail) {
		if (detail != null) {
			String remittance = CamtParties.remittance(detail.child("RmtInf"));
			if (remittance != null) {
				return remittance;
			}
			String additional = detail.text("AddtlTxInf");
			if (additional != null) {
				return additional;
			}
		}
		String entryInfo = this.entry.text("AddtlNtryInf");
		return (entryInfo != null) ? entryInfo : "";
	}

	/**
	 * The end-to-end id the payer chose, else the bank's own references; the placeholder
	 * {@code NOTPROVIDED} is no reference.
	 */
	private String reference(XmlElement detail) {
		if (detail != null) {
			String endToEnd = detail.text("Refs", "EndToEndId");
			if (endToEnd != null && !endToEnd.equalsIgnoreCase("NOTPROVIDED")) {
				return endToEnd;
			}
			String servicer = detail.text("Refs", "AcctSvcrRef");
			if (servicer != null) {
				return servicer;
			}
		}
		String servicer = this.entry.text("AcctSvcrRef");
		return (servicer != null) ? servicer : this.entry.text("NtryRef");
	}

}
