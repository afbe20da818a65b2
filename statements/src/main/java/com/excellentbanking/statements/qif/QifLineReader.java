package com.excellentbanking.statements.qif;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

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

	private final Reader reader;

	private final long maxCharacters;

	private final char[] buffer = new char[8192];

	private final StringBuilder line = new StringBuilder();

	private int position;

	private int limit;

	private long consumed;

	private long lineNumber;

	private boolean eof;

	QifLineReader(Reader reader, long maxCharacters) {
		this.reader = reader;
		this.maxCharacters = maxCharacters;
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
				this.position--;
				this.consumed--;
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
		return this.consumed;
	}

	private int read() {
		if (this.position >= this.limit && !fill()) {
			return -1;
		}
		this.consumed++;
		return this.buffer[this.position++];
	}

	private boolean fill() {
		if (this.eof) {
			return false;
		}
		if (this.consumed >= this.maxCharacters) {
			throw new StatementException(ErrorCode.TOO_LARGE,
					"The QIF file is longer than " + this.maxCharacters + " characters");
		}
		try {
			int n = this.reader.read(this.buffer, 0, this.buffer.length);
			if (n <= 0) {
				this.eof = true;
				return false;
			}
			this.position = (this.consumed == 0 && this.buffer[0] == '\uFEFF') ? 1 : 0;
			this.limit = n;
			return this.position < this.limit || fill();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
