package com.excellentbanking.server.file;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.excellentbanking.server.support.FreePort;
import com.excellentbanking.server.support.PostgresTestDatabase;
import com.excellentbanking.server.support.S3MockServer;

/**
 * The Files API as in production: PostgreSQL and an S3-protocol server with SigV4 URLs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class FilesPostgresS3IntegrationTest extends FileFlowScenarios {

	static final int PORT = FreePort.find();

	@DynamicPropertySource
	static void production(DynamicPropertyRegistry registry) throws IOException {
		PostgresTestDatabase database = PostgresTestDatabase.shared();
		S3MockServer s3 = S3MockServer.shared();
		registry.add("server.port", () -> PORT);
		registry.add("eb.data-dir", () -> tempDir());
		registry.add("spring.datasource.url", database::url);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
		registry.add("eb.storage.type", () -> "s3");
		registry.add("eb.storage.s3.endpoint", () -> s3.endpoint().toString());
		registry.add("eb.storage.s3.region", () -> S3MockServer.REGION);
		registry.add("eb.storage.s3.access-key", () -> S3MockServer.ACCESS_KEY);
		registry.add("eb.storage.s3.secret-key", () -> S3MockServer.SECRET_KEY);
	}

	private static String tempDir() {
		try {
			return Files.createTempDirectory("eb-pg-s3-").toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
