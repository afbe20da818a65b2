package com.excellentbanking.statements.camt;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One {@code Bal}: its type code, signed amount, currency and date. */
record CamtBalance(String code, BigDecimal amount, String currency, LocalDate date) {

	/** The balance, or {@code null} when it has no amount (nothing to read). */
	static CamtBalance of(XmlElement balance) {
		XmlElement amount = balance.child("Amt");
		if (amount == null) {
			return null;
		}
		String code = balance.text("Tp", "CdOrPrtry", "Cd");
		if (code == null) {
			code = balance.text("Tp", "CdOrPrtry", "Prtry");
		}
		// a negative balance is written as a positive amount with DBIT
		BigDecimal signed = CamtValues.signed(CamtValues.amount(amount), balance.text("CdtDbtInd"), "balance");
		return new CamtBalance((code != null) ? code : "", signed, amount.attribute("Ccy"),
				CamtValues.date(balance.child("Dt")));
	}

}
