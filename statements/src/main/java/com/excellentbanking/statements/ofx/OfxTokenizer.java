package com.excellentbanking.statements.ofx;

import java.io.Reader;

import com.excellentbanking.statements.detect.BoundedCharReader;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Splits OFX text into tags and text, tolerant of both dialects: SGML 1.x (leaf elements
 * never closed, a {@code KEY:VALUE} header before the first tag) and XML 2.x (a prolog,
 * an {@code <?OFX ...?>} instruction, every element closed, {@code <TAG/>} for empty
 * ones).
 *
 * <p>
 * It reads the text once, in a fixed buffer, and refuses any single token longer than a
 * sane limit, so a hostile file (one 200 MB line, a tag that never ends) costs bounded
 * memory and fails fast. Document type declarations are refused outright: OFX has no use
 * for entity definitions, and expanding them is how entity bombs work.
 */
final class OfxTokenizer {

	enum Kind {

		START, END, EMPTY, TEXT, CDATA, EOF

	}

	/** OFX tag names are at most 32 characters; vendor tags ({@code INTU.BID}) too. */
	static final int MAX_TAG_LENGTH = 64;

	/** Longer than any name, memo or header; beyond it the file is not a statement. */
	static final int MAX_TEXT_LENGTH = 64 * 1024;

	private final BoundedCharReader text;

	private final StringBuilder token = new StringBuilder();

	private Kind kind;

	private String value;

	OfxTokenizer(Reader reader, long maxCharacters) {
		this.text = new BoundedCharReader(reader, maxCharacters, "OFX");
	}

	Kind kind() {
		return this.kind;
	}

	/** The tag name (upper case) for tags, the raw text for text. */
	String value() {
		return this.value;
	}

	/** Characters read so far; all of them once {@link Kind#EOF} is returned. */
	long characters() {
		return this.text.consumed();
	}

	Kind next() {
		this.token.setLength(0);
		int c = read();
		while (true) {
			if (c < 0) {
				return emit(Kind.EOF, null);
			}
			if (c != '<') {
				return text(c);
			}
			int after = read();
			if (after == '?') {
				readUntil("?>", "processing instruction", false);
				c = read();
			}
			else if (after == '!') {
				if (declaration()) {
					return emit(Kind.CDATA, this.token.toString());
				}
				c = read();
			}
			else if (after == '/') {
				return emit(Kind.END, tagName(read()));
			}
			else {
				String name = tagName(after);
				return emit(name.endsWith("/") ? Kind.EMPTY : Kind.START,
						name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
			}
		}
	}

	private Kind text(int first) {
		int c = first;
		while (c >= 0 && c != '<') {
			if (this.token.length() >= MAX_TEXT_LENGTH) {
				throw new StatementException(ErrorCode.CORRUPT_FILE,
						"The OFX file has a value longer than " + MAX_TEXT_LENGTH + " characters");
			}
			this.token.append((char) c);
			c = read();
		}
		if (c == '<') {
			unread();
		}
		return emit(Kind.TEXT, this.token.toString());
	}

	/**
	 * A tag name up to {@code >}; attributes (which OFX does not use) and surrounding
	 * blanks are dropped, a trailing {@code /} marks an empty element.
	 */
	private String tagName(int first) {
		int c = first;
		boolean inName = true;
		boolean selfClosing = false;
		int length = 0;
		while (c != '>') {
			if (c < 0) {
				throw new StatementException(ErrorCode.CORRUPT_FILE, "The OFX file ends inside a tag: it is truncated");
			}
			if (c == '<' || ++length > MAX_TAG_LENGTH) {
				throw new StatementException(ErrorCode.CORRUPT_FILE, "The OFX file has a malformed tag");
			}
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				inName = this.token.length() == 0;
			}
			else if (c == '/') {
				selfClosing = true;
			}
			else if (inName) {
				this.token.append(Character.toUpperCase((char) c));
				selfClosing = false;
			}
			c = read();
		}
		if (this.token.length() == 0) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The OFX file has an empty tag");
		}
		return selfClosing ? this.token.append('/').toString() : this.token.toString();
	}

	/**
	 * {@code <!-- comments -->} are skipped; {@code <![CDATA[...]]>} is text, taken
	 * literally (some banks wrap names in it); {@code <!DOCTYPE}/{@code <!ENTITY} are
	 * refused.
	 * @return whether CDATA text was read into the token
	 */
	private boolean declaration() {
		int first = read();
		if (first == '-' && read() == '-') {
			readUntil("-->", "comment", false);
			return false;
		}
		if (first == '[' && read() == 'C' && read() == 'D' && read() == 'A' && read() == 'T' && read() == 'A'
				&& read() == '[') {
			readUntil("]]>", "CDATA section", true);
			return true;
		}
		throw new StatementException(ErrorCode.CORRUPT_FILE,
				"The OFX file contains a document type or entity declaration, which OFX never needs");
	}

	private void readUntil(String terminator, String what, boolean keep) {
		int matched = 0;
		int length = 0;
		while (matched < terminator.length()) {
			int c = read();
			if (c < 0) {
				throw new StatementException(ErrorCode.CORRUPT_FILE,
						"The OFX file ends inside a " + what + ": it is truncated");
			}
			if (++length > MAX_TEXT_LENGTH) {
				throw new StatementException(ErrorCode.CORRUPT_FILE,
						"The OFX file has a " + what + " longer than " + MAX_TEXT_LENGTH + " characters");
			}
			if (keep) {
				this.token.append((char) c);
			}
			matched = advance(terminator, matched, (char) c);
		}
		if (keep) {
			this.token.setLength(this.token.length() - terminator.length());
		}
	}

	/**
	 * How much of the terminator is matched after {@code c}: the longest suffix of the
	 * matched part plus {@code c} that starts the terminator (so {@code ]]]>} ends a
	 * CDATA section). Terminators are three characters, so trying each length is cheap.
	 */
	private static int advance(String terminator, int matched, char c) {
		String seen = terminator.substring(0, matched) + c;
		for (int length = seen.length(); length > 0; length--) {
			if (terminator.startsWith(seen.substring(seen.length() - length))) {
				return length;
			}
		}
		return 0;
	}

	private Kind emit(Kind kind, String value) {
		this.kind = kind;
		this.value = value;
		return kind;
	}

	private int read() {
		return this.text.read();
	}

	private void unread() {
		this.text.unread();
	}

}
