package com.excellentbanking.server.storage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.excellentbanking.server.support.S3MockServer;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link S3BlobStore} against S3Mock, a real S3-protocol server. */
class S3BlobStoreTest extends BlobStoreContractTest {

	// S3Mock is shared by the whole test JVM: bucket names of our own.
	private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	private static final StorageProperties.Buckets BUCKETS = new StorageProperties.Buckets("uploads-" + SUFFIX,
			"excel-" + SUFFIX, "json-" + SUFFIX, "sqlite-" + SUFFIX);

	private static S3BlobStore store;

	@BeforeAll
	static void connect() {
		store = S3BlobStore.connect(settings(S3MockServer.shared().endpoint()), BUCKETS);
		store.createMissingBuckets();
	}

	@AfterAll
	static void close() {
		store.close();
	}

	@Override
	protected BlobStore store() {
		return store;
	}

	@Override
	protected String uploadsBucketName() {
		return BUCKETS.uploads();
	}

	@Test
	void createsEveryConfiguredBucketAndToleratesExistingOnes() throws Exception {
		store.createMissingBuckets();

		HttpClient http = HttpClient.newHttpClient();
		for (Bucket bucket : Bucket.values()) {
			URI bucketUrl = S3MockServer.shared().endpoint().resolve("/" + BUCKETS.nameOf(bucket));
			HttpResponse<Void> head = http.send(
					HttpRequest.newBuilder(bucketUrl).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(head.statusCode()).as(bucketUrl.toString()).isEqualTo(200);
		}
	}

	@Test
	void unhealthyWhenTheUploadsBucketIsMissing() {
		StorageProperties.Buckets absent = new StorageProperties.Buckets("absent-" + SUFFIX, "excel-" + SUFFIX,
				"json-" + SUFFIX, "sqlite-" + SUFFIX);
		try (S3BlobStore unprepared = S3BlobStore.connect(settings(S3MockServer.shared().endpoint()), absent)) {
			assertThat(unprepared.isHealthy()).isFalse();
		}
	}

	@Test
	void unhealthyWhenNothingAnswers() {
		try (S3BlobStore unreachable = S3BlobStore.connect(settings(URI.create("http://127.0.0.1:1")), BUCKETS)) {
			assertThat(unreachable.isHealthy()).isFalse();
		}
	}

	static StorageProperties.S3 settings(URI endpoint) {
		return new StorageProperties.S3(endpoint.toString(), S3MockServer.REGION, S3MockServer.ACCESS_KEY,
				S3MockServer.SECRET_KEY);
	}

}
