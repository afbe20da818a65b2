package com.excellentbanking.server.storage;

import java.io.FilterInputStream;
import java.io.IOException;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An S3 object being read. Closing the SDK's stream early makes the Apache HTTP client
 * read the rest of the body to reuse the connection: the whole 50 MB upload for a 1 KB
 * format sniff, the whole JSON output for one page of transactions. A stream closed with
 * more than a little left unread aborts its connection instead.
 */
final class S3ObjectStream extends FilterInputStream {

	/** Below this many unread bytes, draining is cheaper than a new connection. */
	static final long DRAIN_LIMIT = 64 * 1024;

	private final ResponseInputStream<GetObjectResponse> object;

	private final long length;

	private long read;

	private boolean ended;

	S3ObjectStream(ResponseInputStream<GetObjectResponse> object) {
		super(object);
		this.object = object;
		Long contentLength = object.response().contentLength();
		this.length = (contentLength != null) ? contentLength : -1;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		count((b < 0) ? -1 : 1);
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		count(n);
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		this.read += skipped;
		return skipped;
	}

	private void count(int n) {
		if (n < 0) {
			this.ended = true;
		}
		else {
			this.read += n;
		}
	}

	@Override
	public void close() throws IOException {
		if (!this.ended && (this.length < 0 || this.length - this.read > DRAIN_LIMIT)) {
			this.object.abort();
		}
		super.close();
	}

}
