package com.excellentbanking.statements.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/** Amounts, dates and signs as CAMT writes them. */
final class CamtValues {

	private CamtValues() {
	}

	/**
	 * A date element holding {@code Dt} or {@code DtTm} (or being one). A date-time keeps
	 * the calendar date printed, whatever its offset: that is the day the bank booked it.
	 */
	static LocalDate date(XmlElement element) {
		if (element == null) {
			return null;
		}
		String text = element.text("Dt");
		if (text == null) {
			text = element.text("DtTm");
		}
		if (text == null && element.children().isEmpty()) {
			text = element.text();
		}
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return LocalDate.parse((value.length() >= 10) ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The CAMT date '" + shorten(value) + "' in " + element.name() + " is not an ISO date");
		}
	}

	/** An {@code Amt} element's exact decimal value, as printed (5 decimals stay 5). */
	static BigDecimal amount(XmlElement amount) {
		String text = amount.text().strip();
		try {
			BigDecimal value = new BigDecimal(text);
			if (value.signum() < 0) {
				throw new StatementException(ErrorCode.CORRUPT_FILE,
						"The CAMT amount '" + shorten(text) + "' is negative; CAMT signs amounts with CdtDbtInd");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The CAMT amount '" + shorten(text) + "' is not a decimal number");
		}
	}

	/**
	 * {@code CRDT} is money in, {@code DBIT} money out; anything else is not CAMT.
	 */
	static BigDecimal signed(BigDecimal amount, String creditDebitIndicator, String where) {
		if ("CRDT".equals(creditDebitIndicator)) {
			return amount;
		}
		if ("DBIT".equals(creditDebitIndicator)) {
			return amount.negate();
		}
		throw new StatementException(ErrorCode.CORRUPT_FILE, "The CAMT " + where + " has credit/debit indicator '"
				+ shorten(String.valueOf(creditDebitIndicator)) + "' instead of CRDT or DBIT");
	}

	private static String shorten(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
