package com.excellentbanking.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two environments every full-app scenario runs in: the zero-setup defaults (embedded
 * H2, local blob store, dev auth) and production's services (PostgreSQL, S3 protocol).
 * Each gets a fixed free port, since the local store signs URLs to the service's own
 * port.
 */
public final class TestEnvironments {

	private TestEnvironments() {
	}

	public static void embeddedDefaults(DynamicPropertyRegistry registry) {
		int port = FreePort.find();
		String dataDir = tempDir("eb-embedded-");
		registry.add("server.port", () -> port);
		registry.add("eb.data-dir", () -> dataDir);
		registry.add("eb.public-base-url", () -> "http://127.0.0.1:" + port);
	}

	public static void postgresAndS3(DynamicPropertyRegistry registry) {
		PostgresTestDatabase database = PostgresTestDatabase.shared();
		S3MockServer s3 = S3MockServer.shared();
		int port = FreePort.find();
		String dataDir = tempDir("eb-pg-s3-");
		registry.add("server.port", () -> port);
		registry.add("eb.data-dir", () -> dataDir);
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
		registry.add("eb.storage.type", () -> "s3");
		registry.add("eb.storage.s3.endpoint", () -> s3.endpoint().toString());
		registry.add("eb.storage.s3.region", () -> S3MockServer.REGION);
		registry.add("eb.storage.s3.access-key", () -> S3MockServer.ACCESS_KEY);
		registry.add("eb.storage.s3.secret-key", () -> S3MockServer.SECRET_KEY);
	}

	private static String tempDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix).toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
