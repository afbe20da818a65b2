package com.excellentbanking.server.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DevKeyStoreTest {

	@TempDir
	Path dataDir;

	@Test
	void generatesOnceAndReloadsTheSameKeyAfterARestart() throws Exception {
		Path file = this.dataDir.resolve("keys/dev-jwk.json");

		RSAKey created = DevKeyStore.loadOrCreate(file);
		RSAKey reloaded = DevKeyStore.loadOrCreate(file);

		assertThat(created.getKeyID()).isNotBlank();
		assertThat(created.size()).isEqualTo(2048);
		assertThat(reloaded.getKeyID()).isEqualTo(created.getKeyID());
		assertThat(reloaded.toRSAPrivateKey()).isEqualTo(created.toRSAPrivateKey());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (var leftovers = Files.list(file.getParent())) {
			assertThat(leftovers).containsExactly(file);
		}
	}

	@Test
	void aTokenMintedBeforeARestartVerifiesAfterIt() {
		Path file = this.dataDir.resolve("keys/dev-jwk.json");
		Clock clock = Clock.systemUTC();
		String token = new DevIssuer(DevKeyStore.loadOrCreate(file), "http://localhost/dev", clock).mint("user_1",
				null);

		DevIssuer afterRestart = new DevIssuer(DevKeyStore.loadOrCreate(file), "http://localhost/dev", clock);

		assertThat(TokenVerification.local(afterRestart.verificationKeys(), "http://localhost/dev", List.of(), clock)
			.decode(token)
			.getSubject()).isEqualTo("user_1");
	}

	@Test
	void refusesACorruptKeyFileWithAClearMessage() throws Exception {
		Path file = this.dataDir.resolve("dev-jwk.json");
		Files.writeString(file, "{not json");

		assertThatIllegalStateException().isThrownBy(() -> DevKeyStore.loadOrCreate(file))
			.withMessageContaining(file.toString())
			.withMessageContaining("delete it");
	}

	@Test
	void refusesAPublicOnlyKey() throws Exception {
		Path file = this.dataDir.resolve("dev-jwk.json");
		Files.writeString(file, TestIssuer.newKey("k").toPublicJWK().toJSONString());

		assertThatIllegalStateException().isThrownBy(() -> DevKeyStore.loadOrCreate(file))
			.withMessageContaining("not a private RSA JWK");
	}

}
