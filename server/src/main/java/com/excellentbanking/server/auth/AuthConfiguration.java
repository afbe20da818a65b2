package com.excellentbanking.server.auth;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Picks the token issuer by {@code EB_AUTH_MODE}; both modes verify with
 * {@link TokenVerification}. An unknown mode fails at startup when the settings bind.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthSettings.class)
class AuthConfiguration {

	@Bean
	JwtDecoder jwtDecoder(AuthSettings settings, Clock clock, ObjectProvider<DevIssuer> devIssuer) {
		return switch (settings.mode()) {
			case CLERK -> {
				if (settings.jwksUrl() == null) {
					throw new IllegalStateException("EB_AUTH_MODE=clerk needs EB_AUTH_JWKS_URL, the JWKS URL of your"
							+ " Clerk instance (https://<your-instance>.clerk.accounts.dev/.well-known/jwks.json)");
				}
				if (settings.issuer() == null) {
					throw new IllegalStateException("EB_AUTH_MODE=clerk needs EB_AUTH_ISSUER, the exact iss of your"
							+ " Clerk session tokens (https://<your-instance>.clerk.accounts.dev)");
				}
				yield TokenVerification.remote(settings.jwksUrl(), settings.issuer(), settings.authorizedParties(),
						clock);
			}
			case DEV -> {
				DevIssuer issuer = devIssuer.getObject();
				yield TokenVerification.local(issuer.verificationKeys(), issuer.issuer(), settings.authorizedParties(),
						clock);
			}
		};
	}

}
