package com.excellentbanking.statements.detect;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Reads text one character at a time through a fixed buffer and refuses more than a set
 * number of characters, so a hostile file costs bounded memory and time whatever its
 * shape. A byte-order mark at the start is not part of the text.
 */
public final class BoundedCharReader {

	private final Reader reader;

	private final long maxCharacters;

	private final String formatName;

	private final char[] buffer = new char[8192];

	private int position;

	private int limit;

	private long consumed;

	private boolean eof;

	/**
	 * @param formatName names the format in the {@code too_large} message ("OFX")
	 */
	public BoundedCharReader(Reader reader, long maxCharacters, String formatName) {
		this.reader = reader;
		this.maxCharacters = maxCharacters;
		this.formatName = formatName;
	}

	/** The next character, or -1 at the end of the text. */
	public int read() {
		if (this.position >= this.limit && !fill()) {
			return -1;
		}
		this.consumed++;
		return this.buffer[this.position++];
	}

	/** Steps back over the character just read; only once after each {@link #read}. */
	public void unread() {
		this.position--;
		this.consumed--;
	}

	/** Characters read so far, without a byte-order mark. */
	public long consumed() {
		return this.consumed;
	}

	private boolean fill() {
		if (this.eof) {
			return false;
		}
		if (this.consumed >= this.maxCharacters) {
			throw new StatementException(ErrorCode.TOO_LARGE,
					"The " + this.formatName + " file is longer than " + this.maxCharacters + " characters");
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
