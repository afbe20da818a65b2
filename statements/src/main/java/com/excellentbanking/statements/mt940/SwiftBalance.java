package com.excellentbanking.statements.mt940;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A balance field ({@code :60F:}, {@code :62M:}, {@code :64:}, ...):
 * {@code C|D YYMMDD CCY amount}, signed here so that a debit balance is negative. Some
 * exports leave out the currency; the statement's currency then applies.
 */
record SwiftBalance(LocalDate date, String currency, BigDecimal amount) {

	private static final Pattern BALANCE = Pattern.compile("([CD])\\s*(\\d{6})\\s*([A-Z]{3})?\\s*([\\d,]+)");

	static SwiftBalance parse(SwiftField field, List<String> warnings) {
		Matcher matcher = BALANCE.matcher(field.value().strip());
		if (!matcher.lookingAt()) {
			throw SwiftValues.corrupt(field.line(), "balance :" + field.tag() + ": '" + field.value().strip()
					+ "' is not C/D, YYMMDD, currency, amount");
		}
		BigDecimal amount = SwiftValues.amount(matcher.group(4), field.line());
		if (matcher.group(3) == null) {
			warnings.add("Line " + field.line() + ": balance :" + field.tag() + ": names no currency");
		}
		return new SwiftBalance(SwiftValues.date(matcher.group(2), field.line(), warnings), matcher.group(3),
				matcher.group(1).equals("D") ? amount.negate() : amount);
	}

}
