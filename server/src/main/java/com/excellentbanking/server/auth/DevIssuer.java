package com.excellentbanking.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Dev mode's stand-in for Clerk: signs session-like tokens with the persisted key and
 * publishes the public half, so the tokens go through the same verification as Clerk's.
 */
final class DevIssuer {

	static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

	private final RSAKey signingKey;

	private final String issuer;

	private final Clock clock;

	DevIssuer(RSAKey signingKey, String issuer, Clock clock) {
		this.signingKey = signingKey;
		this.issuer = issuer;
		this.clock = clock;
	}

	String issuer() {
		return this.issuer;
	}

	String keyId() {
		return this.signingKey.getKeyID();
	}

	String mint(String subject, String email) {
		Instant now = this.clock.instant();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(subject)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
			.jwtID(UUID.randomUUID().toString());
		if (email != null) {
			claims.claim("email", email);
		}
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId()).type(JOSEObjectType.JWT).build();
		SignedJWT token = new SignedJWT(header, claims.build());
		try {
			token.sign(new RSASSASigner(this.signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a dev token", ex);
		}
		return token.serialize();
	}

	JWKSet publicKeys() {
		return new JWKSet(this.signingKey.toPublicJWK());
	}

	Map<String, Object> publicKeysJson() {
		return publicKeys().toJSONObject(true);
	}

	JWKSource<SecurityContext> verificationKeys() {
		return new ImmutableJWKSet<>(publicKeys());
	}

}
