package com.excellentbanking.statements.layout;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.excellentbanking.statements.layout.Amount.Mark;

/**
 * Reads the money value of a table cell in any of the forms banks print: decimal comma or
 * point; thousands grouped by comma, point, space or apostrophe; a leading or trailing
 * minus or plus; parentheses; a CR/DR suffix; a currency symbol or ISO code on either
 * side.
 *
 * <p>
 * Only values with exactly two decimals are accepted. Statement tables print cents even
 * for round sums, and refusing bare integers keeps reference numbers, card numbers and
 * years in descriptions from being taken for money.
 */
public final class AmountParser {

	private static final String CURRENCY_CODES = "EUR|USD|GBP|CHF|SGD|HKD|CAD|AUD|NZD|JPY|CNY|RMB|INR|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|ZAR|MXN|BRL|ARS|CLP|COP|TRY|AED|SAR|ILS|THB|MYR|IDR|PHP|KRW|TWD";

	private static final Pattern CURRENCY = Pattern
		.compile("(?i)^(?:(?:US|HK|S|A|C|NZ|R|AU|CA)\\$|\\$|€|£|¥|₹|Fr\\.|kr\\.?|zł|" + CURRENCY_CODES + ")");

	private static final Pattern CURRENCY_SUFFIX = Pattern
		.compile("(?i)(?:(?:US|HK|S|A|C|NZ|R|AU|CA)\\$|\\$|€|£|¥|₹|Fr\\.|kr\\.?|zł|" + CURRENCY_CODES + ")$");

	private static final Pattern NUMBER = Pattern
		.compile("^(\\d{1,3}(?:[,. '’\\u00A0\\u202F]\\d{2,3})*|\\d+)([.,])(\\d{2})$");

	private AmountParser() {
	}

	public static Optional<Amount> parse(String cell) {
		if (cell == null) {
			return Optional.empty();
		}
		String s = cell.strip();
		if (s.isEmpty() || s.length() > 40 || s.chars().noneMatch(Character::isDigit)) {
			return Optional.empty();
		}
		if (Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(s.length() - 1))) {
			// The common case, a bare number: no marks or currency to peel.
			return number(s, Mark.NONE, null);
		}
		Mark mark = Mark.NONE;
		String currency = null;
		boolean progress = true;
		// Peel marks and currencies off both ends until only the number is left.
		while (progress && !s.isEmpty()) {
			progress = false;
			String upper = s.toUpperCase(Locale.ROOT);
			if (upper.endsWith("CR") && mark == Mark.NONE && !upper.endsWith("CCR")) {
				mark = Mark.CREDIT;
				s = s.substring(0, s.length() - 2).strip();
				progress = true;
				continue;
			}
			if ((upper.endsWith("DR") || upper.endsWith("DB")) && mark == Mark.NONE) {
				mark = Mark.DEBIT;
				s = s.substring(0, s.length() - 2).strip();
				progress = true;
				continue;
			}
			if (s.startsWith("(") && s.endsWith(")") && mark == Mark.NONE) {
				mark = Mark.PARENTHESES;
				s = s.substring(1, s.length() - 1).strip();
				progress = true;
				continue;
			}
			char first = s.charAt(0);
			char last = s.charAt(s.length() - 1);
			if ((first == '-' || first == '−' || first == '–') && mark == Mark.NONE) {
				mark = Mark.MINUS;
				s = s.substring(1).strip();
				progress = true;
				continue;
			}
			if ((last == '-' || last == '−' || last == '–') && mark == Mark.NONE) {
				mark = Mark.MINUS;
				s = s.substring(0, s.length() - 1).strip();
				progress = true;
				continue;
			}
			if (first == '+' && mark == Mark.NONE) {
				mark = Mark.PLUS;
				s = s.substring(1).strip();
				progress = true;
				continue;
			}
			if (last == '+' && mark == Mark.NONE) {
				mark = Mark.PLUS;
				s = s.substring(0, s.length() - 1).strip();
				progress = true;
				continue;
			}
			// "_" is an OCR artefact of a rule or a thousands space, "=" a summary's sum
			// sign.
			if (first == '=' || first == '*' || first == '_') {
				s = s.substring(1).strip();
				progress = true;
				continue;
			}
			if (last == '*' || last == '_') {
				s = s.substring(0, s.length() - 1).strip();
				progress = true;
				continue;
			}
			Matcher prefix = CURRENCY.matcher(s);
			if (currency == null && !Character.isDigit(first) && prefix.find()) {
				currency = currencyCode(prefix.group());
				s = s.substring(prefix.end()).strip();
				progress = true;
				continue;
			}
			Matcher suffix = CURRENCY_SUFFIX.matcher(s);
			if (currency == null && !Character.isDigit(last) && suffix.find() && suffix.start() > 0) {
				currency = currencyCode(suffix.group());
				s = s.substring(0, suffix.start()).strip();
				progress = true;
			}
		}
		return number(s, mark, currency);
	}

	private static Optional<Amount> number(String s, Mark mark, String currency) {
		Matcher number = NUMBER.matcher(s);
		if (!number.matches()) {
			return Optional.empty();
		}
		String integerPart = number.group(1);
		char decimal = number.group(2).charAt(0);
		if (integerPart.indexOf(decimal) >= 0) {
			// "1.234.56": the decimal mark is also used for grouping, not a number.
			return Optional.empty();
		}
		if (!consistentGrouping(integerPart)) {
			return Optional.empty();
		}
		String digits = integerPart.replaceAll("[^0-9]", "");
		return Optional.of(new Amount(new BigDecimal(digits + "." + number.group(3)), mark, currency));
	}

	/** "1,234,567" and "12,34,567" (lakh) are groupings; "1,234.567 7" is not. */
	private static boolean consistentGrouping(String integerPart) {
		String separators = integerPart.replaceAll("[0-9]", "");
		if (separators.isEmpty()) {
			return true;
		}
		char first = separators.charAt(0);
		for (int i = 1; i < separators.length(); i++) {
			if (separators.charAt(i) != first) {
				return false;
			}
		}
		String[] groups = integerPart.split("[^0-9]");
		return groups[groups.length - 1].length() == 3;
	}

	static String currencyCode(String printed) {
		String p = printed.toUpperCase(Locale.ROOT);
		return switch (p) {
			case "€" -> "EUR";
			case "£" -> "GBP";
			case "¥" -> "JPY";
			case "₹" -> "INR";
			case "US$" -> "USD";
			case "HK$" -> "HKD";
			case "S$" -> "SGD";
			case "A$", "AU$" -> "AUD";
			case "C$", "CA$" -> "CAD";
			case "NZ$" -> "NZD";
			case "R$" -> "BRL";
			case "FR." -> "CHF";
			case "ZŁ" -> "PLN";
			case "KR", "KR." -> null;
			case "$" -> "$";
			case "RMB" -> "CNY";
			default -> p;
		};
	}

}
