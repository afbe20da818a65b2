package com.excellentbanking.statements.ofx;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads OFX element values: dates, amounts and entity-escaped text. Each method returns
 * {@code null} for a value it cannot read, so the caller decides between a warning and an
 * error.
 */
final class OfxValues {

	/** A name or memo is short; this bounds the work of entity decoding. */
	private static final int MAX_ENTITY_LENGTH = 10;

	private OfxValues() {
	}

	/**
	 * {@code YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]]}. The statement's own calendar date is
	 * kept: the time and zone say when the bank booked it, and shifting it to another
	 * zone would move late-evening bookings to the next day.
	 */
	static LocalDate date(String value) {
		if (value == null || value.length() < 8) {
			return null;
		}
		for (int i = 0; i < 8; i++) {
			if (!isDigit(value.charAt(i))) {
				return null;
			}
		}
		try {
			return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 4, 6, 10),
					Integer.parseInt(value, 6, 8, 10));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Amounts as printed, keeping their decimals. Some banks zero-pad and sign every
	 * value ({@code +0000000000100.00000}); European banks write a decimal comma.
	 */
	static BigDecimal amount(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		if (text.startsWith("+")) {
			text = text.substring(1);
		}
		int comma = text.lastIndexOf(',');
		int dot = text.lastIndexOf('.');
		if (comma >= 0 && dot < 0) {
			text = text.replace(',', '.');
		}
		else if (comma >= 0) {
			text = (comma > dot) ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
		}
		if (text.isEmpty() || text.length() > 40 || !text.matches("-?(\\d+\\.?\\d*|\\.\\d+)")) {
			return null;
		}
		return new BigDecimal(text);
	}

	/**
	 * Resolves the entities OFX writers use ({@code &amp;}, {@code &lt;}, numeric ones).
	 * Some banks escape twice ({@code &amp;lt;} for {@code <}), so a second pass runs
	 * when the first produced a new entity; unknown entities stay as printed. Two linear
	 * passes at most, whatever the input.
	 */
	static String unescape(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		String once = unescapeOnce(text);
		if (once.indexOf('&') < 0 || once.equals(text)) {
			return once;
		}
		return unescapeOnce(once);
	}

	private static String unescapeOnce(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int end = (c == '&') ? text.indexOf(';', i + 1) : -1;
			if (end > i + 1 && end - i <= MAX_ENTITY_LENGTH) {
				String replacement = entity(text.substring(i + 1, end));
				if (replacement != null) {
					out.append(replacement);
					i = end + 1;
					continue;
				}
			}
			out.append(c);
			i++;
		}
		return out.toString();
	}

	private static String entity(String name) {
		switch (name) {
			case "amp":
				return "&";
			case "lt":
				return "<";
			case "gt":
				return ">";
			case "quot":
				return "\"";
			case "apos":
				return "'";
			case "nbsp":
				return " ";
			default:
				return numericEntity(name);
		}
	}

	private static String numericEntity(String name) {
		if (name.length() < 2 || name.charAt(0) != '#') {
			return null;
		}
		boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
		try {
			int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
			if (!Character.isValidCodePoint(codePoint) || codePoint == 0) {
				return null;
			}
			return new String(Character.toChars(codePoint));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
