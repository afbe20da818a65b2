package com.excellentbanking.server.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class SigningKeyFileTest {

	@TempDir
	Path dataDir;

	@Test
	void keyIsCreatedOnceAndKeptAcrossRestarts() {
		Path file = this.dataDir.resolve("keys/blob-signing.key");

		byte[] first = SigningKeyFile.loadOrCreate(file);
		byte[] second = SigningKeyFile.loadOrCreate(file);

		assertThat(first).hasSize(SigningKeyFile.KEY_BYTES).isEqualTo(second);
		assertThat(SigningKeyFile.loadOrCreate(this.dataDir.resolve("other.key"))).isNotEqualTo(first);
	}

	@Test
	void urlsSignedBeforeARestartStayValid() {
		Path file = this.dataDir.resolve("keys/blob-signing.key");
		BlobGrant grant = BlobGrant.put("uploads", "user_id=1/file_id=2/a.pdf", Instant.ofEpochSecond(2_000_000_000L),
				"application/pdf");
		String signature = new BlobUrlSigner(SigningKeyFile.loadOrCreate(file), "http://localhost:8080")
			.signature(grant);

		BlobUrlSigner afterRestart = new BlobUrlSigner(SigningKeyFile.loadOrCreate(file), "http://localhost:8080");

		assertThat(afterRestart.isAuthentic(grant, signature)).isTrue();
	}

	@Test
	void keyFileIsReadableByTheOwnerOnly() throws Exception {
		assumeThat(this.dataDir.getFileSystem().supportedFileAttributeViews()).contains("posix");
		Path file = this.dataDir.resolve("keys/blob-signing.key");

		SigningKeyFile.loadOrCreate(file);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (var leftovers = Files.list(file.getParent())) {
			assertThat(leftovers).containsExactly(file);
		}
	}

	@Test
	void damagedKeyFileIsReportedNotReplaced() throws Exception {
		Path file = this.dataDir.resolve("blob-signing.key");
		Files.writeString(file, "c2hvcnQ=\n");

		assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file)).hasMessageContaining("shorter than 32 bytes");
		assertThat(file).hasContent("c2hvcnQ=\n");
	}

}
