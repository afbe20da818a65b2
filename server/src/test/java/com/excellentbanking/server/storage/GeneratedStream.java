package com.excellentbanking.server.storage;

import java.io.InputStream;
import java.util.SplittableRandom;

/**
 * {@code size} pseudo-random bytes made on demand, the same for the same seed; stands in
 * for a large upload without holding it in memory.
 */
final class GeneratedStream extends InputStream {

	private final SplittableRandom random;

	private long remaining;

	GeneratedStream(long size, long seed) {
		this.random = new SplittableRandom(seed);
		this.remaining = size;
	}

	@Override
	public int read() {
		if (this.remaining <= 0) {
			return -1;
		}
		this.remaining--;
		return this.random.nextInt(256);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		if (this.remaining <= 0) {
			return -1;
		}
		int count = (int) Math.min(length, this.remaining);
		for (int i = 0; i < count; i++) {
			buffer[offset + i] = (byte) this.random.nextInt(256);
		}
		this.remaining -= count;
		return count;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
