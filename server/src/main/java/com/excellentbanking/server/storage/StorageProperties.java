package com.excellentbanking.server.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where blobs go ({@code EB_STORAGE_TYPE}, {@code EB_S3_*}). Checked by
 * {@link #validate()} when the store is built, so a bad setting stops the start with a
 * message naming the variable instead of failing on the first upload.
 */
@ConfigurationProperties("eb.storage")
public record StorageProperties(Type type, S3 s3, Buckets buckets) {

	public StorageProperties {
		type = (type != null) ? type : Type.LOCAL;
		s3 = (s3 != null) ? s3 : new S3(null, null, null, null);
		buckets = (buckets != null) ? buckets : new Buckets(null, null, null, null);
	}

	/** The storage adapter to run. */
	public enum Type {

		LOCAL, S3

	}

	/** Connection to S3-compatible storage; always path-style. */
	public record S3(String endpoint, String region, String accessKey, String secretKey) {

	}

	/** Real bucket names behind the logical {@link Bucket}s. */
	public record Buckets(String uploads, String excel, String json, String sqlite) {

		public Buckets {
			uploads = orDefault(uploads, "uploads");
			excel = orDefault(excel, "excel");
			json = orDefault(json, "json");
			sqlite = orDefault(sqlite, "sqlite");
		}

		public String nameOf(Bucket bucket) {
			return switch (bucket) {
				case UPLOADS -> this.uploads;
				case EXCEL -> this.excel;
				case JSON -> this.json;
				case SQLITE -> this.sqlite;
			};
		}

		public Optional<Bucket> bucketNamed(String name) {
			for (Bucket bucket : Bucket.values()) {
				if (nameOf(bucket).equals(name)) {
					return Optional.of(bucket);
				}
			}
			return Optional.empty();
		}

		Map<String, String> byVariable() {
			Map<String, String> names = new LinkedHashMap<>();
			names.put("EB_S3_BUCKET_UPLOADS", this.uploads);
			names.put("EB_S3_BUCKET_EXCEL", this.excel);
			names.put("EB_S3_BUCKET_JSON", this.json);
			names.put("EB_S3_BUCKET_SQLITE", this.sqlite);
			return names;
		}

		private static String orDefault(String name, String fallback) {
			return (name == null || name.isBlank()) ? fallback : name.trim();
		}

	}

	/**
	 * Fails with every problem found, one per line.
	 * @throws IllegalStateException when a setting cannot work
	 */
	void validate() {
		StringBuilder problems = new StringBuilder();
		this.buckets.byVariable().forEach((variable, name) -> {
			if (!BucketNames.isValid(name)) {
				problems.append("\n  ")
					.append(variable)
					.append("='")
					.append(name)
					.append("' is not a valid bucket name (3-63 characters: lower-case letters, digits, '.', '-')");
			}
		});
		if (this.buckets.byVariable().values().stream().distinct().count() < Bucket.values().length) {
			problems.append("\n  EB_S3_BUCKET_UPLOADS, _EXCEL, _JSON and _SQLITE must name four different buckets");
		}
		if (this.type == Type.S3) {
			if (isBlank(this.s3.region())) {
				problems.append("\n  EB_S3_REGION is required when EB_STORAGE_TYPE=s3");
			}
			if (isBlank(this.s3.accessKey()) || isBlank(this.s3.secretKey())) {
				problems.append("\n  EB_S3_ACCESS_KEY and EB_S3_SECRET_KEY are required when EB_STORAGE_TYPE=s3");
			}
			if (!isBlank(this.s3.endpoint()) && !BucketNames.isHttpUrl(this.s3.endpoint())) {
				problems.append("\n  EB_S3_ENDPOINT='")
					.append(this.s3.endpoint())
					.append("' must be an http:// or https:// URL such as http://minio:9000");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Invalid storage settings:" + problems);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
