package com.excellentbanking.server.core;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now". Code takes a {@link Clock} so tests can pin time; the service
 * itself always runs on UTC, as every timestamp on the wire is UTC.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
