package com.excellentbanking.server.auth;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token verification settings ({@code EB_AUTH_*}).
 *
 * @param mode who issues tokens
 * @param jwksUrl where the issuer publishes its keys (Clerk mode)
 * @param issuer the exact {@code iss} tokens must carry; in dev mode it defaults to the
 * service's own {@code /dev} URL
 * @param authorizedParties accepted {@code azp} values; empty = not checked
 */
@ConfigurationProperties("eb.auth")
record AuthSettings(@DefaultValue("dev") AuthMode mode, String jwksUrl, String issuer, List<String> authorizedParties) {

	AuthSettings {
		jwksUrl = blankToNull(jwksUrl);
		issuer = blankToNull(issuer);
		authorizedParties = (authorizedParties != null)
				? authorizedParties.stream().map(String::strip).filter((party) -> !party.isEmpty()).toList()
				: List.of();
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

}
