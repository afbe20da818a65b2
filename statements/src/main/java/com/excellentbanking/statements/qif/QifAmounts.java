package com.excellentbanking.statements.qif;

import java.math.BigDecimal;

/**
 * QIF amounts as printed: {@code -1,234.56} (US thousands), {@code 1.234,56} (European),
 * {@code 12,50}; the decimals are kept exactly.
 */
final class QifAmounts {

	private QifAmounts() {
	}

	/** The amount, or {@code null} when the text is no amount. */
	static BigDecimal parse(String value) {
		if (value == null) {
			return null;
		}
		String text = value.replace(" ", "").replace("$", "");
		if (text.startsWith("+")) {
			text = text.substring(1);
		}
		int comma = text.lastIndexOf(',');
		int dot = text.lastIndexOf('.');
		if (comma >= 0 && dot >= 0) {
			text = (comma > dot) ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
		}
		else if (comma >= 0) {
			// one comma followed by exactly three digits groups thousands; otherwise it
			// is the
			// decimal mark
			boolean thousands = text.length() - comma - 1 == 3 || text.indexOf(',') != comma;
			text = thousands ? text.replace(",", "") : text.replace(',', '.');
		}
		if (text.isEmpty() || text.length() > 40 || !text.matches("-?(\\d+\\.?\\d*|\\.\\d+)")) {
			return null;
		}
		return new BigDecimal(text);
	}

}
