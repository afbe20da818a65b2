package com.excellentbanking.statements.detect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.excellentbanking.statements.model.StatementFormat;

/**
 * Tells a file's format from its first bytes, never from its name: uploads are often
 * misnamed (a CSV saved as .txt, a PDF as .dat).
 */
public final class FormatDetector {

	/** Enough to see past BOMs, XML prologs, OFX headers and CSV title lines. */
	static final int HEAD_BYTES = 16 * 1024;

	private static final Pattern MT940_TAG = Pattern.compile("(?m)^:(20|25|28C?|60[FM]|61|62[FM]):");

	/**
	 * Bank portals also export fragments that start right at a statement line (a single
	 * :61: with its :86:); a value date after the tag keeps CSV look-alikes out.
	 */
	private static final Pattern MT940_START = Pattern.compile(":(20|25|28C?|60[FM]):|:61:\\d{6}");

	private static final Pattern QIF_HEADER = Pattern.compile("(?im)^!(type|account|option|clear)");

	/** Some QIF writers put {@code #} comment lines above the first header. */
	private static final Pattern LEADING_COMMENTS = Pattern.compile("^(?:#[^\\r\\n]*\\R\\s*)+");

	private static final Pattern CAMT_NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05[234]");

	private FormatDetector() {
	}

	public static Optional<StatementFormat> detect(byte[] content) {
		if (content.length == 0) {
			return Optional.empty();
		}
		Optional<StatementFormat> binary = detectBinary(content);
		if (binary.isPresent()) {
			return binary;
		}
		String head = TextDecoding.decodeHead(content, HEAD_BYTES);
		if (head == null) {
			return Optional.empty();
		}
		return detectText(head);
	}

	private static Optional<StatementFormat> detectBinary(byte[] content) {
		if (startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))
				|| indexOf(content, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
			return Optional.of(StatementFormat.PDF);
		}
		if (startsWith(content, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G' })
				|| startsWith(content, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })
				|| startsWith(content, 0, new byte[] { 'I', 'I', 42, 0 })
				|| startsWith(content, 0, new byte[] { 'M', 'M', 0, 42 })) {
			return Optional.of(StatementFormat.IMAGE);
		}
		return Optional.empty();
	}

	static Optional<StatementFormat> detectText(String head) {
		String trimmed = head.stripLeading();
		String upper = trimmed.toUpperCase(Locale.ROOT);
		if (upper.startsWith("OFXHEADER") || startsWithOfxElement(upper)) {
			return Optional.of(StatementFormat.OFX);
		}
		if (CAMT_NAMESPACE.matcher(trimmed).find() || (trimmed.startsWith("<") && (trimmed.contains("<BkToCstmrStmt")
				|| trimmed.contains("<BkToCstmrAcctRpt") || trimmed.contains("<BkToCstmrDbtCdtNtfctn")))) {
			return Optional.of(StatementFormat.CAMT);
		}
		if (QIF_HEADER.matcher(trimmed).find() && LEADING_COMMENTS.matcher(trimmed).replaceFirst("").startsWith("!")) {
			return Optional.of(StatementFormat.QIF);
		}
		if (trimmed.startsWith("{1:") || MT940_START.matcher(trimmed).lookingAt()
				|| MT940_TAG.matcher(trimmed).results().count() >= 3) {
			return Optional.of(StatementFormat.MT940);
		}
		if (looksDelimited(trimmed)) {
			return Optional.of(StatementFormat.CSV);
		}
		return Optional.empty();
	}

	/**
	 * Headerless OFX starts at its root element, OFX 2 at its processing instruction,
	 * both possibly after an XML declaration. Anywhere else {@code <OFX>} is text: a CSV
	 * description can mention it.
	 */
	private static boolean startsWithOfxElement(String upper) {
		String body = upper;
		if (body.startsWith("<?XML")) {
			int end = body.indexOf("?>");
			body = (end >= 0) ? body.substring(end + 2).stripLeading() : "";
		}
		return body.startsWith("<OFX>") || body.startsWith("<?OFX");
	}

	/**
	 * A delimited export has several lines that share a delimiter. Title lines above the
	 * header are common (bank name, account), so only a majority of lines must agree.
	 */
	private static boolean looksDelimited(String head) {
		String[] lines = head.split("\\R", 60);
		int considered = 0;
		int delimited = 0;
		for (int i = 0; i < lines.length && i < 50; i++) {
			String line = lines[i];
			if (line.isBlank()) {
				continue;
			}
			considered++;
			if (hasDelimiter(line)) {
				delimited++;
			}
		}
		return (considered >= 2 && delimited * 2 >= considered && delimited >= 2) || hasTableRow(lines);
	}

	/**
	 * One line split into three or more fields by the same delimiter: one-transaction
	 * exports, and exports whose title lines outnumber their rows, are tables too.
	 */
	private static boolean hasTableRow(String[] lines) {
		for (int i = 0; i < lines.length && i < 50; i++) {
			for (char delimiter : new char[] { ',', ';', '\t', '|' }) {
				if (lines[i].chars().filter((c) -> c == delimiter).count() >= 2) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasDelimiter(String line) {
		for (char delimiter : new char[] { ',', ';', '\t', '|' }) {
			if (line.indexOf(delimiter) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		if (content.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] content, byte[] needle, int limit) {
		int end = Math.min(content.length, limit) - needle.length;
		for (int i = 0; i <= end; i++) {
			if (startsWith(content, i, needle)) {
				return i;
			}
		}
		return -1;
	}

}
