package com.excellentbanking.server.auth;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In dev mode anyone who reaches the server can mint a token for any user, so unless the
 * operator chose an address ({@code SERVER_ADDRESS} / {@code server.address}) the server
 * listens on the loopback interface only. Runs after the config files are loaded, so it
 * sees the mode however it was set.
 */
class DevAuthLoopbackBinding implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK = "127.0.0.1";

	private final Log log;

	DevAuthLoopbackBinding(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(DevAuthLoopbackBinding.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String mode = environment.getProperty("eb.auth.mode", "dev");
		if (!"dev".equalsIgnoreCase(mode.strip()) || environment.containsProperty("server.address")) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("ebDevAuthLoopback", Map.of("server.address", LOOPBACK)));
		this.log.info("Dev auth: binding to " + LOOPBACK + " only (set SERVER_ADDRESS to listen elsewhere)");
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
