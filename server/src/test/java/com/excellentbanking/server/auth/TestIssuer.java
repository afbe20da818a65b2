package com.excellentbanking.server.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a Clerk instance: publishes a JWKS over HTTP and mints RS256 tokens with
 * whatever claims a test wants.
 */
final class TestIssuer implements AutoCloseable {

	static final String ISSUER = "https://clerk.test.example";

	private final RSAKey key;

	private final HttpServer server;

	private TestIssuer(RSAKey key, HttpServer server) {
		this.key = key;
		this.server = server;
	}

	static TestIssuer start() {
		try {
			RSAKey key = newKey("test-key-1");
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			byte[] jwks = new JWKSet(key.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
			server.createContext("/.well-known/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwks);
				}
			});
			server.start();
			return new TestIssuer(key, server);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static RSAKey newKey(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String jwksUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/.well-known/jwks.json";
	}

	RSAKey key() {
		return this.key;
	}

	/** Claims of a fresh, valid Clerk-like session token, for a test to alter. */
	static JWTClaimsSet.Builder validClaims(String subject) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(subject)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now.minusSeconds(10)))
			.expirationTime(Date.from(now.plusSeconds(60)))
			.claim("azp", "https://app.example.com");
	}

	String token(String subject, Consumer<JWTClaimsSet.Builder> changes) {
		JWTClaimsSet.Builder claims = validClaims(subject);
		changes.accept(claims);
		return sign(this.key, claims.build());
	}

	static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
