package com.excellentbanking.server.storage;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a download name that may hold any
 * character: a plain-ASCII {@code filename} for old clients and the exact name in
 * {@code filename*} (RFC 6266 / RFC 8187).
 */
final class AttachmentDisposition {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private AttachmentDisposition() {
	}

	static String of(String filename) {
		if (filename == null || filename.isBlank()) {
			return "attachment";
		}
		return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + percentEncode(filename);
	}

	private static String asciiFallback(String filename) {
		StringBuilder ascii = new StringBuilder(filename.length());
		filename.codePoints().forEach((c) -> {
			boolean printable = c >= 0x20 && c < 0x7f;
			ascii.append((printable && c != '"' && c != '\\') ? (char) c : '_');
		});
		return ascii.toString();
	}

	private static String percentEncode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| ATTR_CHARS.indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
				encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

}
