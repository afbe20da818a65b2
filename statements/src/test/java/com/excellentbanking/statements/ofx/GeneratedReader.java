package com.excellentbanking.statements.ofx;

import java.io.Reader;

/**
 * Text generated on demand: a prefix, then a unit repeated up to a length, then a suffix;
 * so a test can feed hundreds of megabytes without holding them.
 */
public final class GeneratedReader extends Reader {

	private final String prefix;

	private final String unit;

	private final long repeatedLength;

	private final String suffix;

	private long position;

	private long delivered;

	public GeneratedReader(String prefix, String unit, long repeatedLength, String suffix) {
		this.prefix = prefix;
		this.unit = unit;
		this.repeatedLength = repeatedLength;
		this.suffix = suffix;
	}

	/** Characters handed out so far: proves a parser stopped early. */
	public long delivered() {
		return this.delivered;
	}

	@Override
	public int read(char[] buffer, int offset, int length) {
		long total = this.prefix.length() + this.repeatedLength + this.suffix.length();
		if (this.position >= total) {
			return -1;
		}
		int n = 0;
		while (n < length && this.position < total) {
			long p = this.position;
			char c;
			if (p < this.prefix.length()) {
				c = this.prefix.charAt((int) p);
			}
			else if (p < this.prefix.length() + this.repeatedLength) {
				c = this.unit.charAt((int) ((p - this.prefix.length()) % this.unit.length()));
			}
			else {
				c = this.suffix.charAt((int) (p - this.prefix.length() - this.repeatedLength));
			}
			buffer[offset + n++] = c;
			this.position++;
		}
		this.delivered += n;
		return n;
	}

	@Override
	public void close() {
	}

}
