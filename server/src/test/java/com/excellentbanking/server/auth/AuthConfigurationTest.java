package com.excellentbanking.server.auth;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Which issuer is wired for which settings, and how bad settings fail at startup. */
class AuthConfigurationTest {

	@TempDir
	Path dataDir;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(AuthConfiguration.class, DevAuthConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void clerkModeWithoutJwksUrlFailsWithAClearMessage() {
		this.runner.withPropertyValues("eb.auth.mode=clerk", "eb.auth.issuer=https://clerk.example")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("EB_AUTH_JWKS_URL"));
	}

	@Test
	void clerkModeWithoutIssuerFailsWithAClearMessage() {
		this.runner.withPropertyValues("eb.auth.mode=clerk", "eb.auth.jwks-url=https://clerk.example/jwks.json")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("EB_AUTH_ISSUER"));
	}

	@Test
	void unknownModeFailsAtStartup() {
		this.runner.withPropertyValues("eb.auth.mode=ldap", "eb.data-dir=" + this.dataDir, "eb.public-base-url=x")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void clerkModeHasNoDevIssuer() {
		this.runner
			.withPropertyValues("eb.auth.mode=CLERK", "eb.auth.issuer=https://clerk.example",
					"eb.auth.jwks-url=https://clerk.example/jwks.json")
			.run((context) -> {
				assertThat(context).hasSingleBean(JwtDecoder.class);
				assertThat(context).doesNotHaveBean(DevIssuer.class);
			});
	}

	@Test
	void devModeIsTheDefaultAndHonoursAnExplicitIssuer() {
		this.runner
			.withPropertyValues("eb.data-dir=" + this.dataDir, "eb.public-base-url=http://localhost:8080/",
					"eb.auth.issuer=https://dev.example")
			.run((context) -> {
				assertThat(context).hasSingleBean(JwtDecoder.class);
				assertThat(context.getBean(DevIssuer.class).issuer()).isEqualTo("https://dev.example");
			});
		this.runner.withPropertyValues("eb.data-dir=" + this.dataDir, "eb.public-base-url=http://localhost:8080/")
			.run((context) -> assertThat(context.getBean(DevIssuer.class).issuer())
				.isEqualTo("http://localhost:8080/dev"));
	}

}
