package com.excellentbanking.statements.model;

import java.util.regex.Pattern;

/**
 * Text clean-up shared by every parser, so descriptions look the same whatever the
 * format.
 */
public final class Text {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private Text() {
	}

	/** Multi-line text joined with single spaces, trimmed; {@code null} becomes empty. */
	public static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		return WHITESPACE.matcher(text).replaceAll(" ").strip();
	}

	public static String blankToNull(String text) {
		if (text == null) {
			return null;
		}
		String line = oneLine(text);
		return line.isEmpty() ? null : line;
	}

	/**
	 * Keeps only the last four characters visible, so summaries can name an account
	 * without exposing its number.
	 */
	public static String maskAllButLast4(String identifier) {
		if (identifier == null) {
			return null;
		}
		String compact = identifier.replaceAll("\\s+", "");
		if (compact.length() <= 4) {
			return compact;
		}
		return "*".repeat(compact.length() - 4) + compact.substring(compact.length() - 4);
	}

}
