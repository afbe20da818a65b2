package com.excellentbanking.server.storage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a pre-signed local-blob URL allows: one method on one blob until {@code expires},
 * for PUT only with {@code contentType}, for GET naming the download {@code filename}.
 * Every field is covered by the URL's signature.
 */
record BlobGrant(String method, String bucketName, String key, long expires, String contentType, String filename) {

	static final String PUT = "PUT";

	static final String GET = "GET";

	BlobGrant {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(bucketName, "bucketName");
		Objects.requireNonNull(key, "key");
	}

	static BlobGrant put(String bucketName, String key, Instant expires, String contentType) {
		return new BlobGrant(PUT, bucketName, key, expires.getEpochSecond(), contentType, null);
	}

	static BlobGrant get(String bucketName, String key, Instant expires, String filename) {
		return new BlobGrant(GET, bucketName, key, expires.getEpochSecond(), null, filename);
	}

	boolean isExpiredAt(Instant now) {
		return now.getEpochSecond() >= this.expires;
	}

	/**
	 * The bytes the signature is computed over. Each field is percent-encoded before the
	 * fields are joined, so no field value can imitate a separator.
	 */
	byte[] canonicalBytes() {
		return Stream
			.of(this.method, this.bucketName, this.key, Long.toString(this.expires), orEmpty(this.contentType),
					orEmpty(this.filename))
			.map(QueryValues::encode)
			.collect(Collectors.joining("\n"))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
