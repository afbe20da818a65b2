package com.excellentbanking.statements.qif;

import java.io.Reader;

import com.excellentbanking.statements.detect.BoundedCharReader;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Lines of QIF text ending in LF, CRLF or CR, read through a fixed buffer. A line longer
 * than any real QIF field, or more text than any real file, is refused, so hostile input
 * (one endless line) costs bounded memory and time.
 */
final class QifLineReader {

	/** A payee, memo or address line is short; 64 KiB is far beyond any of them. */
	static final int MAX_LINE_LENGTH = 64 * 1024;

	private final BoundedCharReader text;

	private final StringBuilder line = new StringBuilder();

	private long lineNumber;

	QifLineReader(Reader reader, long maxCharacters) {
		this.text = new BoundedCharReader(reader, maxCharacters, "QIF");
	}

	/** The next line without its terminator, or {@code null} at the end. */
	String next() {
		this.line.setLength(0);
		int c = read();
		if (c < 0) {
			return null;
		}
		while (c >= 0 && c != '\n' && c != '\r') {
			if (this.line.length() >= MAX_LINE_LENGTH) {
				throw new StatementException(ErrorCode.CORRUPT_FILE, "The QIF file has a line longer than "
						+ MAX_LINE_LENGTH + " characters (line " + (this.lineNumber + 1) + ")");
			}
			this.line.append((char) c);
			c = read();
		}
		if (c == '\r') {
			int after = read();
			if (after >= 0 && after != '\n') {
				this.text.unread();
			}
		}
		this.lineNumber++;
		return this.line.toString();
	}

	long lineNumber() {
		return this.lineNumber;
	}

	/** Characters read so far, without a byte-order mark. */
	long characters() {
		return this.text.consumed();
	}

	private int read() {
		return this.text.read();
	}

}
