package com.excellentbanking.server.auth;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DevAuthLoopbackBindingTest {

	private final DevAuthLoopbackBinding binding = new DevAuthLoopbackBinding(new DeferredLogs());

	@Test
	void devModeListensOnLoopbackByDefault() {
		MockEnvironment environment = new MockEnvironment();
		this.binding.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void explicitDevModeListensOnLoopback() {
		MockEnvironment environment = new MockEnvironment().withProperty("eb.auth.mode", "DEV");
		this.binding.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void aChosenAddressWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.address", "0.0.0.0");
		this.binding.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
	}

	@Test
	void clerkModeIsLeftAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("eb.auth.mode", "clerk");
		this.binding.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.address")).isNull();
	}

	@Test
	void isRegisteredWithSpringBoot() {
		List<EnvironmentPostProcessor> registered = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(EnvironmentPostProcessor.class, ArgumentResolver.of(DeferredLogFactory.class, new DeferredLogs()));
		assertThat(registered).hasAtLeastOneElementOfType(DevAuthLoopbackBinding.class);
	}

}
