package com.excellentbanking.server.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link BlobStore} adapter must do, run against each of them. Pre-signed URLs
 * are exercised over real HTTP, the way a browser or script uses them.
 */
abstract class BlobStoreContractTest {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** The adapter under test, its buckets already usable. */
	protected abstract BlobStore store();

	/** The configured name of the uploads bucket. */
	protected abstract String uploadsBucketName();

	@Test
	void storedBlobCanBeReadBackWithItsSizeAndType() throws IOException {
		StorageKey key = freshKey("statement.csv");
		byte[] content = "date,amount\n2024-01-02,-12.50\n".getBytes(StandardCharsets.UTF_8);

		store().put(key, new ByteArrayInputStream(content), content.length, "text/csv");

		try (InputStream in = store().open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(store().stat(key)).contains(new BlobInfo(content.length, "text/csv"));
	}

	@Test
	void missingBlobIsNotFound() {
		StorageKey key = freshKey("never-written.pdf");

		assertThatThrownBy(() -> store().open(key)).isInstanceOf(BlobNotFound.class);
		assertThat(store().stat(key)).isEmpty();
	}

	@Test
	void deletedBlobIsGoneAndDeletingAgainIsFine() {
		StorageKey key = freshKey("statement.pdf");
		put(key, "%PDF-1.7 ...", "application/pdf");

		store().delete(key);
		store().delete(key);

		assertThat(store().stat(key)).isEmpty();
		assertThatThrownBy(() -> store().open(key)).isInstanceOf(BlobNotFound.class);
	}

	@Test
	void putOverwritesContentAndType() throws IOException {
		StorageKey key = freshKey("statement.json");
		put(key, "{\"version\": 1, \"padding\": \"a longer first version\"}", "text/plain");

		put(key, "{\"version\": 2}", "application/json");

		try (InputStream in = store().open(key)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"version\": 2}");
		}
		assertThat(store().stat(key)).contains(new BlobInfo(14, "application/json"));
	}

	@Test
	void largeBlobIsStreamedInAndOut() throws IOException {
		StorageKey key = freshKey("large.bin");
		long size = 20L * 1024 * 1024 + 17;
		// Generated on the fly and not markable: the store cannot rewind or slurp it.
		GeneratedStream source = new GeneratedStream(size, 42);

		store().put(key, source, size, "application/octet-stream");

		assertThat(store().stat(key)).contains(new BlobInfo(size, "application/octet-stream"));
		try (InputStream in = store().open(key)) {
			assertThat(sha256(in)).isEqualTo(sha256(new GeneratedStream(size, 42)));
		}
	}

	@Test
	void contentShorterThanDeclaredStoresNothing() {
		StorageKey key = freshKey("truncated.csv");
		byte[] half = new byte[1000];

		assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(half), 2000, "text/csv"))
			.isInstanceOf(RuntimeException.class);

		assertThat(store().stat(key)).isEmpty();
	}

	@Test
	void storagePathIsBucketNameThenKey() {
		StorageKey key = new StorageKey(Bucket.UPLOADS, "user_id=7/file_id=9/abc.pdf");

		assertThat(store().storagePath(key)).isEqualTo(uploadsBucketName() + "/user_id=7/file_id=9/abc.pdf");
	}

	@Test
	void answersHealthCheck() {
		assertThat(store().isHealthy()).isTrue();
	}

	@Test
	void presignedPutThenPresignedGetOverHttp() throws Exception {
		StorageKey key = freshKey("upload.csv");
		byte[] content = "Datum;Betrag\n02.01.2024;-12,50\n".getBytes(StandardCharsets.UTF_8);
		URI upload = store().presignPut(key, "text/csv", Duration.ofMinutes(10));

		HttpResponse<String> put = http.send(HttpRequest.newBuilder(upload)
			.header("Content-Type", "text/csv")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(content))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		assertThat(store().stat(key)).contains(new BlobInfo(content.length, "text/csv"));

		URI download = store().presignGet(key, Duration.ofHours(1), "Relevé März 2024.csv");
		HttpResponse<byte[]> get = http.send(HttpRequest.newBuilder(download).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).isEqualTo(content);
		assertThat(get.headers().firstValue("Content-Disposition")).contains(
				"attachment; filename=\"Relev_ M_rz 2024.csv\"; filename*=UTF-8''Relev%C3%A9%20M%C3%A4rz%202024.csv");
	}

	protected final StorageKey freshKey(String name) {
		return new StorageKey(Bucket.UPLOADS, "user_id=1/file_id=" + UUID.randomUUID() + "/" + name);
	}

	protected final void put(StorageKey key, String content, String contentType) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		store().put(key, new ByteArrayInputStream(bytes), bytes.length, contentType);
	}

	static String sha256(InputStream in) throws IOException {
		try {
			DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
			digesting.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
