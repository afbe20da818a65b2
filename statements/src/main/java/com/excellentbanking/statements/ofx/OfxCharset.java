package com.excellentbanking.statements.ofx;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.excellentbanking.statements.detect.TextDecoding;

/**
 * The charset of an OFX file: a byte-order mark first, then what the header declares
 * ({@code ENCODING}/{@code CHARSET} lines of OFX 1.x, the XML prolog's {@code encoding}).
 * Headers are often boilerplate ({@code USASCII}/{@code 1252} on files written in UTF-8),
 * so a declared single-byte charset gives way to UTF-8 when the bytes are valid UTF-8
 * with non-ASCII characters, and a declared UTF-8 gives way to Windows-1252 when they are
 * not valid UTF-8.
 */
final class OfxCharset {

	private static final int HEAD_BYTES = 4096;

	private static final Pattern SGML_ENCODING = Pattern.compile("(?im)^\\s*ENCODING:\\s*([\\w-]+)");

	private static final Pattern SGML_CHARSET = Pattern.compile("(?im)^\\s*CHARSET:\\s*([\\w-]+)");

	private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']",
			Pattern.CASE_INSENSITIVE);

	private OfxCharset() {
	}

	/** The charset to read with, and a warning when it overrides the declaration. */
	record Choice(Charset charset, String warning) {
	}

	static Choice detect(byte[] content) {
		Charset sniffed = TextDecoding.detectCharset(content);
		if (sniffed != null && (sniffed.equals(StandardCharsets.UTF_16LE) || sniffed.equals(StandardCharsets.UTF_16BE)
				|| hasUtf8Bom(content))) {
			return new Choice(sniffed, null);
		}
		Charset declared = declared(
				new String(content, 0, Math.min(content.length, HEAD_BYTES), StandardCharsets.ISO_8859_1));
		boolean utf8 = StandardCharsets.UTF_8.equals(sniffed);
		if (declared == null) {
			return new Choice(utf8 ? StandardCharsets.UTF_8 : TextDecoding.WINDOWS_1252, null);
		}
		if (declared.equals(StandardCharsets.UTF_8)) {
			return utf8 ? new Choice(declared, null) : new Choice(TextDecoding.WINDOWS_1252,
					"The file declares UTF-8 but is not valid UTF-8; read as Windows-1252");
		}
		if (utf8 && !isAscii(content) && isSingleByte(declared)) {
			return new Choice(StandardCharsets.UTF_8,
					"The file declares " + declared.name() + " but is written in UTF-8; read as UTF-8");
		}
		return new Choice(declared, null);
	}

	private static Charset declared(String head) {
		Matcher xml = XML_ENCODING.matcher(head);
		if (xml.find()) {
			return named(xml.group(1));
		}
		Matcher encoding = SGML_ENCODING.matcher(head);
		String encodingName = encoding.find() ? encoding.group(1).toUpperCase(Locale.ROOT) : null;
		if ("UTF-8".equals(encodingName) || "UNICODE".equals(encodingName)) {
			return StandardCharsets.UTF_8;
		}
		Matcher charset = SGML_CHARSET.matcher(head);
		String charsetName = charset.find() ? charset.group(1).toUpperCase(Locale.ROOT) : null;
		if (charsetName == null || charsetName.equals("NONE")) {
			// USASCII without a code page: Windows-1252 is the superset banks actually
			// send
			return (encodingName != null) ? TextDecoding.WINDOWS_1252 : null;
		}
		return switch (charsetName) {
			case "1252", "CP1252", "WINDOWS-1252" -> TextDecoding.WINDOWS_1252;
			case "8859-1", "ISO-8859-1", "LATIN1", "ISO8859-1" -> StandardCharsets.ISO_8859_1;
			case "8859-15", "ISO-8859-15" -> named("ISO-8859-15");
			case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
			default -> named(charsetName.matches("\\d{3,4}") ? "windows-" + charsetName : charsetName);
		};
	}

	private static Charset named(String name) {
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException ex) {
			return TextDecoding.WINDOWS_1252;
		}
	}

	private static boolean isSingleByte(Charset charset) {
		return charset.newEncoder().maxBytesPerChar() <= 1.0f;
	}

	private static boolean isAscii(byte[] content) {
		for (byte b : content) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasUtf8Bom(byte[] content) {
		return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF;
	}

}
