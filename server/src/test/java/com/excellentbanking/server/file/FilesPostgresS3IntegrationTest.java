package com.excellentbanking.server.file;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.excellentbanking.server.support.TestEnvironments;

/** The Files API on production's services: PostgreSQL and an S3-protocol server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class FilesPostgresS3IntegrationTest extends FileFlowScenarios {

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		TestEnvironments.postgresAndS3(registry);
	}

}
