package com.excellentbanking.server.dashboard;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.excellentbanking.server.support.TestEnvironments;

/**
 * The Dashboards API on the zero-setup defaults: embedded H2, local blob store, dev auth.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class DashboardsEmbeddedIntegrationTest extends DashboardScenarios {

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		TestEnvironments.embeddedDefaults(registry);
	}

}
