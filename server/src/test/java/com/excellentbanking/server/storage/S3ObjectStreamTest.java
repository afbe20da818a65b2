package com.excellentbanking.server.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link S3BlobStore#open} does with the SDK's stream when a reader stops early,
 * against a stand-in client that records aborts.
 */
class S3ObjectStreamTest {

	private static final StorageProperties.Buckets BUCKETS = new StorageProperties.Buckets("uploads", "excel", "json",
			"sqlite");

	private final AtomicBoolean aborted = new AtomicBoolean();

	@Test
	void closingWithMostOfALargeObjectUnreadAbortsInsteadOfDraining() throws IOException {
		try (InputStream in = open(10 * S3ObjectStream.DRAIN_LIMIT)) {
			assertThat(in.readNBytes(1024)).hasSize(1024);
		}
		assertThat(this.aborted).isTrue();
	}

	@Test
	void closingAfterReadingToTheEndKeepsTheConnection() throws IOException {
		try (InputStream in = open(10 * S3ObjectStream.DRAIN_LIMIT)) {
			assertThat(in.readAllBytes()).hasSize((int) (10 * S3ObjectStream.DRAIN_LIMIT));
		}
		assertThat(this.aborted).isFalse();
	}

	@Test
	void closingWithALittleLeftKeepsTheConnection() throws IOException {
		try (InputStream in = open(S3ObjectStream.DRAIN_LIMIT)) {
			assertThat(in.read()).isZero();
		}
		assertThat(this.aborted).isFalse();
	}

	private InputStream open(long size) {
		byte[] content = new byte[(int) size];
		S3Client s3 = new S3Client() {
			@Override
			public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
				GetObjectResponse response = GetObjectResponse.builder().contentLength(size).build();
				return new ResponseInputStream<>(response, AbortableInputStream
					.create(new ByteArrayInputStream(content), () -> S3ObjectStreamTest.this.aborted.set(true)));
			}

			@Override
			public String serviceName() {
				return SERVICE_NAME;
			}

			@Override
			public void close() {
			}
		};
		return new S3BlobStore(s3, null, BUCKETS).open(new StorageKey(Bucket.JSON, "a/statement.json"));
	}

}
