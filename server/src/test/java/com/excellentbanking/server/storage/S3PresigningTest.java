package com.excellentbanking.server.storage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link S3BlobStore} signs. S3Mock ignores signatures, so the URL itself is checked
 * here; building one opens no connection.
 */
class S3PresigningTest {

	private static final StorageProperties.Buckets BUCKETS = new StorageProperties.Buckets("eb-uploads", "eb-excel",
			"eb-json", "eb-sqlite");

	private final S3BlobStore store = S3BlobStore.connect(
			new StorageProperties.S3("http://minio.internal:9000", "eu-central-1", "AKIDEXAMPLE", "secret"), BUCKETS);

	private final StorageKey key = new StorageKey(Bucket.UPLOADS, "user_id=3/file_id=8/4f1c.pdf");

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void presignedPutIsPathStyleSigV4AndSignsTheContentType() {
		URI url = this.store.presignPut(this.key, "application/pdf", Duration.ofMinutes(15));
		Map<String, String> query = queryOf(url);

		assertThat(url.getScheme()).isEqualTo("http");
		assertThat(url.getHost()).isEqualTo("minio.internal");
		assertThat(url.getPort()).isEqualTo(9000);
		assertThat(url.getPath()).isEqualTo("/eb-uploads/user_id=3/file_id=8/4f1c.pdf");
		assertThat(query).containsEntry("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
			.containsEntry("X-Amz-Expires", "900")
			.containsKey("X-Amz-Date")
			.containsKey("X-Amz-Signature");
		assertThat(query.get("X-Amz-Credential")).startsWith("AKIDEXAMPLE/").endsWith("/eu-central-1/s3/aws4_request");
		assertThat(query.get("X-Amz-SignedHeaders").split(";")).contains("content-type", "host");
	}

	@Test
	void presignedGetIsPathStyleSigV4AndNamesTheDownload() {
		URI url = this.store.presignGet(new StorageKey(Bucket.EXCEL, "dashboard_id=5/combined_merged.xlsx"),
				Duration.ofHours(1), "Kontoauszüge 2024.xlsx");
		Map<String, String> query = queryOf(url);

		assertThat(url.getHost()).isEqualTo("minio.internal");
		assertThat(url.getPath()).isEqualTo("/eb-excel/dashboard_id=5/combined_merged.xlsx");
		assertThat(query).containsEntry("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
			.containsEntry("X-Amz-Expires", "3600")
			.containsEntry("X-Amz-SignedHeaders", "host")
			.containsEntry("response-content-disposition",
					"attachment; filename=\"Kontoausz_ge 2024.xlsx\"; filename*=UTF-8''Kontoausz%C3%BCge%202024.xlsx");
	}

	@Test
	void signatureChangesWithTheSignedContentType() {
		URI pdf = this.store.presignPut(this.key, "application/pdf", Duration.ofMinutes(15));
		URI csv = this.store.presignPut(this.key, "text/csv", Duration.ofMinutes(15));

		assertThat(queryOf(pdf).get("X-Amz-Signature")).isNotEqualTo(queryOf(csv).get("X-Amz-Signature"));
	}

	private static Map<String, String> queryOf(URI url) {
		return Arrays.stream(url.getRawQuery().split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> decode(pair[0]), (pair) -> decode(pair[1])));
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
