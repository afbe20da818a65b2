package com.excellentbanking.server.file;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.excellentbanking.server.support.TestEnvironments;

/** The Files API on the zero-setup defaults: embedded H2, local blob store, dev auth. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class FilesEmbeddedIntegrationTest extends FileFlowScenarios {

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		TestEnvironments.embeddedDefaults(registry);
	}

}
