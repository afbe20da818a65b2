package com.excellentbanking.server.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.excellentbanking.server.support.FreePort;

/** The Files API on the zero-setup defaults: embedded H2, local blob store, dev auth. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class FilesEmbeddedIntegrationTest extends FileFlowScenarios {

	static final int PORT = FreePort.find();

	@DynamicPropertySource
	static void embeddedDefaults(DynamicPropertyRegistry registry) throws IOException {
		Path dataDir = Files.createTempDirectory("eb-embedded-");
		registry.add("server.port", () -> PORT);
		registry.add("eb.data-dir", dataDir::toString);
		registry.add("eb.public-base-url", () -> "http://127.0.0.1:" + PORT);
	}

}
