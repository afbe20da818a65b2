package com.excellentbanking.server.dashboard;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.excellentbanking.server.support.TestEnvironments;

/** The Dashboards API on production's services: PostgreSQL and an S3-protocol server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class DashboardsPostgresS3IntegrationTest extends DashboardScenarios {

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		TestEnvironments.postgresAndS3(registry);
	}

}
