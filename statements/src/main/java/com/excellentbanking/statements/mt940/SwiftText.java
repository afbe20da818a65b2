package com.excellentbanking.statements.mt940;

import java.nio.charset.Charset;

import com.excellentbanking.statements.detect.TextDecoding;

/**
 * Decodes an MT940 file. Besides UTF-8 and Windows-1252, Central European banks still
 * export in the DOS code page 852, where {@code ö}, {@code é}, {@code á} are bytes
 * {@code 0x94}, {@code 0x82}, {@code 0xA0}: in Windows-1252 those are typographic quotes
 * and a no-break space, which the SWIFT character set never contains, while its own
 * letters sit at {@code 0xC0} and above. So a non-UTF-8 file whose high bytes are mostly
 * below {@code 0xA1} is read as code page 852.
 */
final class SwiftText {

	private static final Charset DOS_CENTRAL_EUROPEAN = Charset.forName("IBM852");

	private SwiftText() {
	}

	static String decode(byte[] content) {
		TextDecoding.DecodedText decoded = TextDecoding.decode(content);
		if (!decoded.charset().equals(TextDecoding.WINDOWS_1252)) {
			return decoded.text();
		}
		int dosRange = 0;
		int windowsLetters = 0;
		for (byte b : content) {
			int value = b & 0xFF;
			if (value >= 0x80 && value <= 0xA0) {
				dosRange++;
			}
			else if (value >= 0xC0) {
				windowsLetters++;
			}
		}
		return (dosRange > windowsLetters) ? TextDecoding.decode(content, DOS_CENTRAL_EUROPEAN) : decoded.text();
	}

}
