package com.excellentbanking.server.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a blob lives: a logical bucket and a key. Keys are built by the server only,
 * never from client input; the pattern is a second line of defence against path tricks.
 */
public record StorageKey(Bucket bucket, String key) {

	private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9=_.\\-]+(/[A-Za-z0-9=_.\\-]+)*");

	public StorageKey {
		Objects.requireNonNull(bucket, "bucket");
		Objects.requireNonNull(key, "key");
		if (!SAFE_KEY.matcher(key).matches() || key.contains("..")) {
			throw new IllegalArgumentException("Unsafe storage key: " + key);
		}
	}

}
