package com.excellentbanking.statements.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Hands a caller's stream to a library that closes what it writes to (FastExcel closes
 * its zip stream): the caller owns the stream and decides when it ends.
 */
final class NonClosingOutputStream extends FilterOutputStream {

	NonClosingOutputStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		this.out.write(bytes, offset, length);
	}

	@Override
	public void close() throws IOException {
		flush();
	}

}
