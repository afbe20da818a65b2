package com.excellentbanking.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LocalBlobStore} as {@link StorageConfiguration} builds it, with its pre-signed
 * URLs served by {@link LocalBlobController} on a real port. Only the web layer and
 * storage run, so the test does not depend on the security setup of the full app.
 */
@SpringBootTest(classes = LocalBlobStoreTest.BlobServer.class,
		webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class LocalBlobStoreTest extends BlobStoreContractTest {

	private static final long MAX_UPLOAD_BYTES = 64 * 1024;

	private static final Path dataDir = temporaryDirectory();

	// The store signs URLs for EB_PUBLIC_BASE_URL, so the port must be known before
	// start.
	private static final int port = freePort();

	@DynamicPropertySource
	static void localStorage(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> port);
		registry.add("eb.data-dir", dataDir::toString);
		registry.add("eb.public-base-url", () -> "http://localhost:" + port);
		registry.add("eb.storage.type", () -> "local");
		registry.add("eb.max-upload-bytes", () -> MAX_UPLOAD_BYTES);
	}

	@Autowired
	private BlobStore store;

	@AfterAll
	static void removeDataDirectory() throws IOException {
		try (Stream<Path> paths = Files.walk(dataDir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	@Override
	protected BlobStore store() {
		return this.store;
	}

	@Override
	protected String uploadsBucketName() {
		return "uploads";
	}

	@Test
	void theConfiguredStoreIsTheLocalOneUnderTheDataDirectory() {
		StorageKey key = freshKey("where.csv");
		put(key, "a,b\n", "text/csv");

		assertThat(this.store).isInstanceOf(LocalBlobStore.class);
		assertThat(dataDir.resolve("blobs/uploads").resolve(key.key())).hasContent("a,b\n");
		assertThat(dataDir.resolve("keys/blob-signing.key")).isRegularFile();
	}

	@Test
	void chunkedUploadPastTheLimitIsRefusedWhileStreamingAndLeavesNoFile() throws Exception {
		StorageKey key = freshKey("too-large.pdf");
		URI upload = this.store.presignPut(key, "application/pdf", Duration.ofMinutes(5));
		// No Content-Length: only counting the bytes as they arrive can catch this one.
		HttpRequest request = HttpRequest.newBuilder(upload)
			.header("Content-Type", "application/pdf")
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedStream(MAX_UPLOAD_BYTES + 1, 7)))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).isEqualTo("{\"detail\":\"File too large\"}");
		assertThat(this.store.stat(key)).isEmpty();
		assertThat(filesUnder(dataDir.resolve("blobs/uploads").resolve(key.key()).getParent())).isEmpty();
	}

	@Test
	void uploadOfExactlyTheLimitIsAccepted() throws Exception {
		StorageKey key = freshKey("just-fits.pdf");
		URI upload = this.store.presignPut(key, "application/pdf", Duration.ofMinutes(5));
		HttpRequest request = HttpRequest.newBuilder(upload)
			.header("Content-Type", "application/pdf")
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedStream(MAX_UPLOAD_BYTES, 7)))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.store.stat(key)).contains(new BlobInfo(MAX_UPLOAD_BYTES, "application/pdf"));
	}

	private static List<Path> filesUnder(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("local-blob-store-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The web layer, the storage module and the application's error mapping. Not a
	 * {@code @SpringBootConfiguration}: slice tests of this package would pick it up.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class,
			TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
			JacksonAutoConfiguration.class })
	@Import({ StorageConfiguration.class, LocalBlobController.class })
	@ComponentScan(basePackages = "com.excellentbanking.server.web", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(RestControllerAdvice.class))
	static class BlobServer {

	}

}
