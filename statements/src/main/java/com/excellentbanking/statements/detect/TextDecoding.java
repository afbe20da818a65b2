package com.excellentbanking.statements.detect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Turns the bytes of a text export into text. Banks export in UTF-8 (with or without
 * BOM), UTF-16 (Excel's "Unicode text") or Windows-1252; anything that is valid UTF-8 is
 * read as UTF-8, the rest as Windows-1252, which is a superset of Latin-1 for printable
 * text.
 */
public final class TextDecoding {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoding() {
	}

	/** The decoded text and the charset it was read with. */
	public record DecodedText(String text, Charset charset) {
	}

	/**
	 * Decodes the whole content.
	 * @throws StatementException {@code unsupported_format} when the bytes are not text
	 */
	public static DecodedText decode(byte[] content) {
		Charset charset = detectCharset(content);
		if (charset == null) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT, "The file is binary, not a text export");
		}
		String text = new String(content, charset);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		return new DecodedText(text, charset);
	}

	/**
	 * Decodes the given charset, dropping a BOM, for formats whose header names the
	 * charset.
	 */
	public static String decode(byte[] content, Charset charset) {
		String text = new String(content, charset);
		return (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? text.substring(1) : text;
	}

	/** The first {@code limit} bytes as text, or {@code null} when they are not text. */
	static String decodeHead(byte[] content, int limit) {
		int length = Math.min(content.length, limit);
		byte[] head = new byte[length];
		System.arraycopy(content, 0, head, 0, length);
		Charset charset = detectCharset(head);
		if (charset == null) {
			return null;
		}
		String text = new String(head, charset);
		return (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? text.substring(1) : text;
	}

	/** The charset of text content, or {@code null} when the content is binary. */
	public static Charset detectCharset(byte[] content) {
		if (hasPrefix(content, 0xEF, 0xBB, 0xBF)) {
			return StandardCharsets.UTF_8;
		}
		if (hasPrefix(content, 0xFF, 0xFE)) {
			return StandardCharsets.UTF_16LE;
		}
		if (hasPrefix(content, 0xFE, 0xFF)) {
			return StandardCharsets.UTF_16BE;
		}
		Charset utf16 = utf16WithoutBom(content);
		if (utf16 != null) {
			return utf16;
		}
		if (looksBinary(content)) {
			return null;
		}
		return isValidUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
	}

	/** UTF-16 without BOM shows up as every other byte being NUL in ASCII-heavy text. */
	private static Charset utf16WithoutBom(byte[] content) {
		int sample = Math.min(content.length, 4096) & ~1;
		if (sample < 4) {
			return null;
		}
		int evenNul = 0;
		int oddNul = 0;
		for (int i = 0; i < sample; i += 2) {
			if (content[i] == 0) {
				evenNul++;
			}
			if (content[i + 1] == 0) {
				oddNul++;
			}
		}
		int pairs = sample / 2;
		if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * Text exports have almost no control characters besides tab, CR, LF (and the odd
	 * form feed or SUB at the end); binary files have many.
	 */
	private static boolean looksBinary(byte[] content) {
		int sample = Math.min(content.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = content[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
				control++;
			}
		}
		return control > Math.max(2, sample / 100);
	}

	private static boolean isValidUtf8(byte[] content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			CharBuffer ignored = decoder.decode(ByteBuffer.wrap(content));
			return ignored != null;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean hasPrefix(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
