package com.excellentbanking.server.auth;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.excellentbanking.server.user.UserAccount;
import com.excellentbanking.server.user.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clerk mode against a JWKS served by the test: every way a token can be wrong ends in
 * the same 401, and a good token identifies (and on first sight creates) the user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "eb.auth.mode=clerk",
		"eb.initial-credits=42", "eb.auth.authorized-parties=https://app.example.com, https://admin.example.com" })
class ClerkAuthIntegrationTest {

	private static final String NOT_AUTHENTICATED = "{\"detail\":\"Not authenticated\"}";

	private static final TestIssuer clerk = TestIssuer.start();

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("eb.data-dir", () -> dataDir.toString());
		registry.add("eb.auth.jwks-url", clerk::jwksUrl);
		registry.add("eb.auth.issuer", () -> TestIssuer.ISSUER);
	}

	@AfterAll
	static void stopIssuer() {
		clerk.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	private final JsonMapper json = JsonMapper.builder().build();

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void validTokenIdentifiesAndCreatesTheUser() {
		String sub = newSub();
		HttpResponse<String> response = this.http.get("/me",
				clerk.token(sub, (claims) -> claims.claim("email", "ada@example.com")));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = this.json.readTree(response.body());
		assertThat(me.get("clerk_user_id").asString()).isEqualTo(sub);
		assertThat(me.get("email").asString()).isEqualTo("ada@example.com");
		assertThat(me.get("credits").asLong()).isEqualTo(42);
		assertThat(me.get("id").isIntegralNumber()).isTrue();
		assertThat(me.get("created_at").asString()).endsWith("Z");
		assertThat(Instant.parse(me.get("created_at").asString())).isBetween(Instant.now().minusSeconds(60),
				Instant.now().plusSeconds(1));
		UserAccount stored = this.users.find(me.get("id").asLong()).orElseThrow();
		assertThat(stored.clerkUserId()).isEqualTo(sub);
		assertThat(stored.credits()).isEqualTo(42);
	}

	@Test
	void secondRequestFindsTheSameUser() {
		String sub = newSub();
		long first = this.json.readTree(this.http.get("/me", clerk.token(sub, (claims) -> {
		})).body()).get("id").asLong();
		long second = this.json.readTree(this.http.get("/me", clerk.token(sub, (claims) -> {
		})).body()).get("id").asLong();
		assertThat(second).isEqualTo(first);
	}

	@Test
	void missingTokenIsRefused() {
		assertNotAuthenticated(this.http.get("/me", null));
	}

	@Test
	void malformedTokensAreRefused() {
		assertNotAuthenticated(this.http.get("/me", "not-a-jwt"));
		assertNotAuthenticated(this.http.get("/me", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
		assertNotAuthenticated(this.http.getWithAuthorization("/me", "Bearer "));
		assertNotAuthenticated(this.http.getWithAuthorization("/me", "Basic dXNlcjpwYXNz"));
	}

	@Test
	void expiredTokenIsRefused() {
		assertNotAuthenticated(this.http.get("/me", clerk.token(newSub(),
				(claims) -> claims.issueTime(ago(600)).notBeforeTime(ago(600)).expirationTime(ago(120)))));
	}

	@Test
	void tokenNotYetValidBeyondTheSkewIsRefused() {
		assertNotAuthenticated(
				this.http.get("/me", clerk.token(newSub(), (claims) -> claims.notBeforeTime(fromNow(120)))));
	}

	@Test
	void clockSkewWithinSixtySecondsIsTolerated() {
		assertThat(this.http
			.get("/me",
					clerk.token(newSub(),
							(claims) -> claims.issueTime(ago(300)).notBeforeTime(ago(300)).expirationTime(ago(30))))
			.statusCode()).isEqualTo(200);
		assertThat(
				this.http.get("/me", clerk.token(newSub(), (claims) -> claims.notBeforeTime(fromNow(30)))).statusCode())
			.isEqualTo(200);
	}

	@Test
	void tokenWithoutExpiryIsRefused() {
		assertNotAuthenticated(this.http.get("/me", clerk.token(newSub(), (claims) -> claims.expirationTime(null))));
	}

	@Test
	void wrongIssuerIsRefused() {
		assertNotAuthenticated(
				this.http.get("/me", clerk.token(newSub(), (claims) -> claims.issuer("https://evil.example"))));
	}

	@Test
	void tokenSignedByAnUnknownKeyIsRefused() {
		String token = TestIssuer.sign(TestIssuer.newKey("unknown-key"), TestIssuer.validClaims(newSub()).build());
		assertNotAuthenticated(this.http.get("/me", token));
	}

	@Test
	void tokenSignedByAnotherKeyUnderTheKnownKeyIdIsRefused() {
		String token = TestIssuer.sign(TestIssuer.newKey(clerk.key().getKeyID()),
				TestIssuer.validClaims(newSub()).build());
		assertNotAuthenticated(this.http.get("/me", token));
	}

	@Test
	void unsignedTokenIsRefused() {
		String token = new PlainJWT(TestIssuer.validClaims(newSub()).build()).serialize();
		assertThat(token).endsWith(".");
		assertNotAuthenticated(this.http.get("/me", token));
	}

	@Test
	void hmacSignedWithThePublicKeyIsRefused() throws Exception {
		byte[] publicKeyBytes = clerk.key().toRSAPublicKey().getEncoded();
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(clerk.key().getKeyID())
			.type(JOSEObjectType.JWT)
			.build(), TestIssuer.validClaims(newSub()).build());
		token.sign(new MACSigner(publicKeyBytes));
		assertNotAuthenticated(this.http.get("/me", token.serialize()));
	}

	@Test
	void tamperedPayloadIsRefused() {
		String[] parts = clerk.token(newSub(), (claims) -> {
		}).split("\\.");
		String otherPayload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					TestIssuer.validClaims("user_someone_else").build().toString().getBytes(StandardCharsets.UTF_8));
		assertNotAuthenticated(this.http.get("/me", parts[0] + "." + otherPayload + "." + parts[2]));
	}

	@Test
	void unauthorizedPartyIsRefused() {
		assertNotAuthenticated(
				this.http.get("/me", clerk.token(newSub(), (claims) -> claims.claim("azp", "https://evil.example"))));
	}

	@Test
	void missingPartyIsRefusedWhenPartiesAreConfigured() {
		assertNotAuthenticated(this.http.get("/me", clerk.token(newSub(), (claims) -> claims.claim("azp", null))));
	}

	@Test
	void everyConfiguredPartyIsAccepted() {
		assertThat(this.http
			.get("/me", clerk.token(newSub(), (claims) -> claims.claim("azp", "https://admin.example.com")))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void tokenWithoutSubjectIsRefused() {
		assertNotAuthenticated(this.http.get("/me", clerk.token(newSub(), (claims) -> claims.subject(null))));
		assertNotAuthenticated(this.http.get("/me", clerk.token(newSub(), (claims) -> claims.subject("  "))));
	}

	@Test
	void devIssuerDoesNotExistInClerkMode() {
		HttpResponse<String> token = this.http.postJson("/dev/token", "{\"sub\":\"user_1\"}");
		assertThat(token.statusCode()).isIn(401, 404);
		assertThat(token.body()).doesNotContain("token\"");
		assertThat(this.http.get("/dev/jwks.json", null).statusCode()).isIn(401, 404);
	}

	@Test
	void publicRoutesIgnoreABadToken() {
		// A stale token must not break a pre-signed URL or a webhook: no 401 on public
		// routes.
		assertThat(this.http.get("/dev/jwks.json", "garbage").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/actuator/health", "garbage").statusCode()).isEqualTo(200);
	}

	@Test
	void protectedUnknownRouteNeedsAToken() {
		assertNotAuthenticated(this.http.get("/no-such-route", null));
	}

	private void assertNotAuthenticated(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEqualTo(NOT_AUTHENTICATED);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
	}

	private static String newSub() {
		return "user_" + UUID.randomUUID();
	}

	private static Date ago(long seconds) {
		return Date.from(Instant.now().minusSeconds(seconds));
	}

	private static Date fromNow(long seconds) {
		return Date.from(Instant.now().plusSeconds(seconds));
	}

}
