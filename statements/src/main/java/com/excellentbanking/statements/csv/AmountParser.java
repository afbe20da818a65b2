package com.excellentbanking.statements.csv;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a money amount as a bank printed it, keeping its exact decimals. The decimal
 * separator is decided for the whole column beforehand ({@link NumberFormatInference}),
 * so this only has to accept or reject one spelling: {@code 1.234,56} is a number with a
 * decimal comma and not one with a decimal point.
 *
 * <p>
 * Accepted around the digits: a leading or trailing minus, a plus, parentheses for
 * negatives, a {@code CR}/{@code DR} suffix, and a currency symbol or ISO code on either
 * side ({@code £12.50}, {@code EUR 1.234,56}, {@code 12,50 €}, {@code - $220.00}).
 */
final class AmountParser {

	/** A parsed amount; {@code signed} when the text carried an explicit sign. */
	record ParsedAmount(BigDecimal value, boolean signed, String currency) {
	}

	private static final int MAX_LENGTH = 64;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern SHAPE = Pattern
		.compile("^(?<pre>[^\\d]*?)(?<num>\\d(?:[\\d.,' ]*\\d)?)(?<post>[^\\d]*)$");

	private static final Pattern CREDIT_DEBIT_SUFFIX = Pattern.compile("(?i)^(.*?\\d.*?)\\s*(CR|DR)$");

	private static final Pattern GROUP_SEPARATORS = Pattern.compile("[.,' ]");

	private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("£", "GBP"), Map.entry("€", "EUR"),
			Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"),
			Map.entry("KČ", "CZK"), Map.entry("ZŁ", "PLN"), Map.entry("FT", "HUF"), Map.entry("₽", "RUB"),
			Map.entry("₺", "TRY"), Map.entry("₴", "UAH"), Map.entry("FR.", "CHF"), Map.entry("SFR.", "CHF"),
			Map.entry("KR", ""), Map.entry("KR.", ""));

	private AmountParser() {
	}

	/**
	 * The amount, or {@code null} when the text is not an amount written with this
	 * decimal separator.
	 */
	static ParsedAmount parse(String raw, char decimalSeparator) {
		if (raw == null) {
			return null;
		}
		String text = raw.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2212', '-').strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			return null;
		}
		boolean negative = false;
		boolean signed = false;
		Matcher suffix = CREDIT_DEBIT_SUFFIX.matcher(text);
		if (suffix.matches()) {
			negative = suffix.group(2).equalsIgnoreCase("DR");
			signed = true;
			text = suffix.group(1).strip();
		}
		if (text.startsWith("(") && text.endsWith(")")) {
			negative = true;
			signed = true;
			text = text.substring(1, text.length() - 1).strip();
		}
		Matcher shape = SHAPE.matcher(text);
		if (!shape.matches()) {
			return null;
		}
		Affixes affixes = Affixes.of(shape.group("pre") + " " + shape.group("post"));
		if (affixes == null || (affixes.signs() > 0 && signed)) {
			return null;
		}
		if (affixes.signs() > 0) {
			signed = true;
			negative = affixes.negative();
		}
		String digits = plainDigits(shape.group("num"), decimalSeparator);
		if (digits == null) {
			return null;
		}
		BigDecimal value = new BigDecimal(digits);
		return new ParsedAmount(negative ? value.negate() : value, signed, affixes.currency());
	}

	/** True when the text is an amount with a decimal point or a decimal comma. */
	static boolean looksLikeAmount(String raw) {
		return parse(raw, '.') != null || parse(raw, ',') != null;
	}

	/** The digits-and-separators core of an amount, or {@code null}. */
	static String numericCore(String raw) {
		if (raw == null) {
			return null;
		}
		Matcher shape = SHAPE.matcher(raw.replace('\u00A0', ' ').strip());
		return shape.matches() ? shape.group("num") : null;
	}

	/**
	 * The number in plain {@code BigDecimal} syntax. Grouping separators must group by
	 * three, otherwise a date or an account number would pass for an amount.
	 */
	private static String plainDigits(String number, char decimalSeparator) {
		int decimalAt = number.lastIndexOf(decimalSeparator);
		String integerPart = (decimalAt >= 0) ? number.substring(0, decimalAt) : number;
		String fraction = (decimalAt >= 0) ? number.substring(decimalAt + 1) : "";
		if (decimalAt >= 0 && (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit))) {
			return null;
		}
		if (integerPart.isEmpty() || integerPart.indexOf(decimalSeparator) >= 0) {
			return null;
		}
		String[] groups = GROUP_SEPARATORS.split(integerPart, -1);
		if (groups.length > 1) {
			if (groups[0].isEmpty() || groups[0].length() > 3) {
				return null;
			}
			for (int i = 1; i < groups.length; i++) {
				if (groups[i].length() != 3) {
					return null;
				}
			}
		}
		String integerDigits = String.join("", groups);
		if (!integerDigits.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return fraction.isEmpty() ? integerDigits : integerDigits + "." + fraction;
	}

	/** What surrounds the digits: at most one sign and at most one currency. */
	private record Affixes(int signs, boolean negative, String currency) {

		static Affixes of(String affixText) {
			int signs = 0;
			boolean negative = false;
			StringBuilder currency = new StringBuilder();
			for (String part : WHITESPACE.split(affixText.strip())) {
				String token = part;
				while (!token.isEmpty() && (token.charAt(0) == '-' || token.charAt(0) == '+')) {
					signs++;
					negative = token.charAt(0) == '-';
					token = token.substring(1);
				}
				while (!token.isEmpty()
						&& (token.charAt(token.length() - 1) == '-' || token.charAt(token.length() - 1) == '+')) {
					signs++;
					negative = token.charAt(token.length() - 1) == '-';
					token = token.substring(0, token.length() - 1);
				}
				if (!token.isEmpty()) {
					if (currency.length() > 0) {
						return null;
					}
					currency.append(token);
				}
			}
			if (signs > 1) {
				return null;
			}
			String code = currencyCode(currency.toString());
			if (code == null) {
				return null;
			}
			return new Affixes(signs, negative, code.isEmpty() ? null : code);
		}

		/**
		 * The ISO code, "" for no or an unnamed currency, null for text that is not one.
		 */
		private static String currencyCode(String token) {
			if (token.isEmpty()) {
				return "";
			}
			String upper = token.toUpperCase(Locale.ROOT);
			if (SYMBOLS.containsKey(upper)) {
				return SYMBOLS.get(upper);
			}
			if (upper.length() == 3 && upper.chars().allMatch((c) -> c >= 'A' && c <= 'Z')) {
				try {
					return Currency.getInstance(upper).getCurrencyCode();
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
			return null;
		}

	}

}
