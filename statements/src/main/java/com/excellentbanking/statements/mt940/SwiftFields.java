package com.excellentbanking.statements.mt940;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Splits MT940/MT942 text into its tagged fields.
 *
 * <p>
 * Real files are messier than the standard: SWIFT envelopes ({@code {1:...}{2:...}{4:}
 * and {@code -}}) or bank-specific header lines ({@code ABNANL2A}, {@code 940},
 * {@code 0000 01INGBNL2AXXXX00001}) around each message, a tag split from its colon
 * ({@code ":"} alone on a line, then {@code 86:...}), blank lines, and trailing {@code -}
 * lines. Lines that are not a tag continue the previous field; lines outside any message
 * are dropped.
 */
final class SwiftFields {

	/** Longest line accepted; real fields are at most a few hundred characters. */
	static final int MAX_LINE_LENGTH = 100_000;

	/**
	 * Header, application header, user header and trailer blocks carry no statement data.
	 */
	private static final Pattern ENVELOPE_BLOCK = Pattern.compile("\\{[1235]:(?:[^{}]++|\\{[^{}]*+\\})*+\\}");

	private static final Pattern END_OF_MESSAGE = Pattern.compile("-[A-Z]{0,3}");

	private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?|NS):");

	private static final Pattern TAG_WITHOUT_COLON = Pattern.compile("^(\\d{2}[A-Z]?|NS):");

	private SwiftFields() {
	}

	/**
	 * Refuses a line longer than {@link #MAX_LINE_LENGTH} before the text is decoded, so
	 * a huge file without line breaks costs one pass over its bytes and no more memory.
	 */
	static void checkLineLengths(byte[] content) {
		int length = 0;
		int line = 1;
		for (byte b : content) {
			if (b == '\n' || b == '\r') {
				length = 0;
				if (b == '\n') {
					line++;
				}
			}
			else if (++length > MAX_LINE_LENGTH) {
				throw new StatementException(ErrorCode.CORRUPT_FILE, "Line " + line + " is longer than "
						+ MAX_LINE_LENGTH + " characters, which no MT940 field can be");
			}
		}
	}

	static List<SwiftField> split(String text) {
		String body = ENVELOPE_BLOCK.matcher(text).replaceAll("").replace("{4:", "\n").replace("-}", "\n-");
		String[] lines = body.split("\\r\\n|\\r|\\n", -1);
		List<SwiftField> fields = new ArrayList<>();
		String tag = null;
		StringBuilder value = new StringBuilder();
		int start = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = stripControl(lines[i]);
			if (line.equals(":") && i + 1 < lines.length && TAG_WITHOUT_COLON.matcher(lines[i + 1]).find()) {
				continue;
			}
			if (i > 0 && stripControl(lines[i - 1]).equals(":") && TAG_WITHOUT_COLON.matcher(line).find()) {
				line = ":" + line;
			}
			Matcher matcher = TAG.matcher(line);
			if (matcher.find()) {
				add(fields, tag, value, start);
				tag = matcher.group(1);
				value.setLength(0);
				value.append(line, matcher.end(), line.length());
				start = i + 1;
			}
			else if (END_OF_MESSAGE.matcher(line.strip()).matches()) {
				// "-" ends a message; "-XXX" is a variant seen in ING exports
				add(fields, tag, value, start);
				tag = null;
			}
			else if (tag != null) {
				value.append('\n').append(line);
			}
		}
		add(fields, tag, value, start);
		return fields;
	}

	private static void add(List<SwiftField> fields, String tag, StringBuilder value, int line) {
		if (tag != null) {
			fields.add(new SwiftField(tag, stripTrailingBlankLines(value.toString()), line));
		}
	}

	/** SOH/ETX and similar transmission characters frame some exports (mBank). */
	private static String stripControl(String line) {
		StringBuilder clean = null;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c < 0x20 && c != '\t') {
				if (clean == null) {
					clean = new StringBuilder(line.length()).append(line, 0, i);
				}
			}
			else if (clean != null) {
				clean.append(c);
			}
		}
		return (clean != null) ? clean.toString() : line;
	}

	private static String stripTrailingBlankLines(String value) {
		int end = value.length();
		while (end > 0 && (value.charAt(end - 1) == '\n' || value.charAt(end - 1) == ' ')) {
			end--;
		}
		return value.substring(0, end);
	}

}
