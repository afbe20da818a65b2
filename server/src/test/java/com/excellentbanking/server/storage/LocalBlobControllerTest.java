package com.excellentbanking.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.excellentbanking.server.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checks {@link LocalBlobController} makes before it touches a blob. Security filters
 * are off: the signature is these routes' only credential.
 */
// The auth module's MVC configuration needs the user module, which a web slice does not
// load.
@WebMvcTest(controllers = LocalBlobController.class, properties = "eb.max-upload-bytes=1000",
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "com\\.excellentbanking\\.server\\.auth\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import(LocalBlobControllerTest.Storage.class)
class LocalBlobControllerTest {

	private static final String INVALID = "{\"detail\":\"Invalid or expired signature\"}";

	private static final byte[] CSV = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);

	private static final Path blobRoot = temporaryDirectory();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private LocalBlobStore store;

	@Autowired
	private MutableClock clock;

	private final StorageKey key = new StorageKey(Bucket.UPLOADS, "user_id=1/file_id=" + UUID.randomUUID() + "/x.csv");

	@Test
	void signedPutStoresTheBodyWithTheSignedType() throws Exception {
		putTo(uploadUrl(), "text/csv", CSV).andExpect(status().isOk());

		assertThat(this.store.stat(this.key)).contains(new BlobInfo(CSV.length, "text/csv"));
	}

	@Test
	void tamperedKeyIsRefused() throws Exception {
		String url = uploadUrl().replace("/x.csv?", "/y.csv?");

		putTo(url, "text/csv", CSV).andExpect(status().isForbidden()).andExpect(content().json(INVALID, true));
		assertNothingStored();
	}

	@Test
	void tamperedExpiryIsRefused() throws Exception {
		String url = uploadUrl().replaceFirst("expires=(\\d+)", "expires=9$1");

		putTo(url, "text/csv", CSV).andExpect(status().isForbidden()).andExpect(content().json(INVALID, true));
	}

	@Test
	void tamperedSignatureIsRefused() throws Exception {
		String url = uploadUrl();
		String signature = url.substring(url.indexOf("signature=") + "signature=".length());
		char flipped = (signature.charAt(0) == 'A') ? 'B' : 'A';
		String tampered = url.replace("signature=" + signature, "signature=" + flipped + signature.substring(1));

		putTo(tampered, "text/csv", CSV).andExpect(status().isForbidden()).andExpect(content().json(INVALID, true));
		putTo(url.substring(0, url.indexOf("&signature=")), "text/csv", CSV).andExpect(status().isForbidden());
	}

	@Test
	void tamperedSignedContentTypeIsRefused() throws Exception {
		String url = uploadUrl().replace("ct=text%2Fcsv", "ct=text%2Fhtml");

		putTo(url, "text/html", CSV).andExpect(status().isForbidden()).andExpect(content().json(INVALID, true));
	}

	@Test
	void putWithAnotherContentTypeThanSignedIsRefused() throws Exception {
		putTo(uploadUrl(), "text/html", CSV).andExpect(status().isForbidden()).andExpect(content().json(INVALID, true));
		this.mvc.perform(put(URI.create(uploadUrl())).content(CSV)).andExpect(status().isForbidden());
		assertNothingStored();
	}

	@Test
	void expiredUrlIsRefused() throws Exception {
		String url = uploadUrl();
		this.clock.advance(Duration.ofMinutes(10));

		putTo(url, "text/csv", CSV).andExpect(status().isForbidden()).andExpect(content().json(INVALID, true));
		assertNothingStored();
	}

	@Test
	void urlSignedForPutDoesNotAllowGetAndViceVersa() throws Exception {
		putTo(uploadUrl(), "text/csv", CSV).andExpect(status().isOk());

		this.mvc.perform(get(URI.create(uploadUrl())))
			.andExpect(status().isForbidden())
			.andExpect(content().json(INVALID, true));
		String download = relative(this.store.presignGet(this.key, Duration.ofMinutes(5), "x.csv"));
		putTo(download, "text/csv", CSV).andExpect(status().isForbidden());
	}

	@Test
	void uploadDeclaredLargerThanTheLimitIsRefusedAndLeavesNoFile() throws Exception {
		putTo(uploadUrl(), "text/csv", new byte[1001]).andExpect(status().isContentTooLarge())
			.andExpect(content().json("{\"detail\":\"File too large\"}", true));

		assertNothingStored();
	}

	@Test
	void signedGetServesTheBlobAsAnAttachment() throws Exception {
		putTo(uploadUrl(), "text/csv", CSV).andExpect(status().isOk());
		String download = relative(this.store.presignGet(this.key, Duration.ofHours(1), "März.csv"));

		this.mvc.perform(get(URI.create(download)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv"))
			.andExpect(header().string("Content-Length", String.valueOf(CSV.length)))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"M_rz.csv\"; filename*=UTF-8''M%C3%A4rz.csv"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(CSV));
	}

	@Test
	void tamperedDownloadNameIsRefused() throws Exception {
		putTo(uploadUrl(), "text/csv", CSV).andExpect(status().isOk());
		String download = relative(this.store.presignGet(this.key, Duration.ofHours(1), "report.csv"));

		this.mvc.perform(get(URI.create(download.replace("filename=report.csv", "filename=report.html"))))
			.andExpect(status().isForbidden())
			.andExpect(content().json(INVALID, true));
	}

	@Test
	void signedGetOfAMissingBlobIsNotFound() throws Exception {
		String download = relative(this.store.presignGet(this.key, Duration.ofHours(1), "x.csv"));

		this.mvc.perform(get(URI.create(download)))
			.andExpect(status().isNotFound())
			.andExpect(content().json("{\"detail\":\"Not Found\"}", true));
	}

	private String uploadUrl() {
		return relative(this.store.presignPut(this.key, "text/csv", Duration.ofMinutes(5)));
	}

	private ResultActions putTo(String url, String contentType, byte[] body) throws Exception {
		return this.mvc.perform(put(URI.create(url)).contentType(contentType).content(body));
	}

	private void assertNothingStored() throws IOException {
		assertThat(this.store.stat(this.key)).isEmpty();
		Path directory = blobRoot.resolve("uploads").resolve(this.key.key()).getParent();
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.list(directory)) {
				assertThat(files).isEmpty();
			}
		}
	}

	// MockMvc takes the path and query of the URL the store handed out, already encoded
	// (a String would be treated as a URI template and encoded again).
	private static String relative(URI url) {
		return url.getRawPath() + "?" + url.getRawQuery();
	}

	@AfterAll
	static void removeBlobs() throws IOException {
		for (Path root : List.of(blobRoot, keyFile())) {
			try (Stream<Path> paths = Files.walk(root)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private static Path keyFile() {
		return blobRoot.resolveSibling(blobRoot.getFileName() + ".key");
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("local-blob-controller-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TestConfiguration
	static class Storage {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
		}

		@Bean
		LocalBlobStore localBlobStore(MutableClock clock) {
			byte[] secret = SigningKeyFile.loadOrCreate(keyFile());
			return new LocalBlobStore(blobRoot, new StorageProperties.Buckets(null, null, null, null),
					new BlobUrlSigner(secret, "http://localhost"), clock);
		}

	}

}
