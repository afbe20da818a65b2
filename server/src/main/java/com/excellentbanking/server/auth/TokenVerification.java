package com.excellentbanking.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * The one verification path for every token, whoever issued it: an RS256 signature by a
 * key of the issuer's key set (so {@code alg: none} and HS256 "signed" with the public
 * key are refused), {@code exp} required and {@code nbf} honoured with a small clock
 * skew, the exact issuer, the authorized parties when configured, and a usable
 * {@code sub}.
 */
final class TokenVerification {

	/** Clerk's guidance: tolerate small clock differences between machines. */
	static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	/** Our users table holds Clerk ids up to this length. */
	static final int MAX_SUBJECT_LENGTH = 255;

	private static final Duration JWKS_TIMEOUT = Duration.ofSeconds(5);

	private TokenVerification() {
	}

	/** Verifies against a remote key set, fetched lazily and cached by the decoder. */
	static JwtDecoder remote(String jwksUrl, String issuer, List<String> authorizedParties, Clock clock) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(JWKS_TIMEOUT);
		requests.setReadTimeout(JWKS_TIMEOUT);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUrl)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.restOperations(new RestTemplate(requests))
			.build();
		decoder.setJwtValidator(validator(issuer, authorizedParties, clock));
		return decoder;
	}

	/** Verifies against keys held in memory (dev mode: no HTTP call to ourselves). */
	static JwtDecoder local(JWKSource<SecurityContext> keys, String issuer, List<String> authorizedParties,
			Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
		decoder.setJwtValidator(validator(issuer, authorizedParties, clock));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> authorizedParties, Clock clock) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
		timestamps.setAllowEmptyExpiryClaim(false);
		timestamps.setClock(clock);
		return new DelegatingOAuth2TokenValidator<>(List.of(timestamps, new JwtIssuerValidator(issuer),
				new AuthorizedPartyValidator(authorizedParties), new JwtClaimValidator<String>(JwtClaimNames.SUB,
						(sub) -> sub != null && !sub.isBlank() && sub.length() <= MAX_SUBJECT_LENGTH)));
	}

}
