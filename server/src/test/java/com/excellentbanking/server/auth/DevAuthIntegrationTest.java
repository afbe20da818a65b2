package com.excellentbanking.server.auth;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The zero-setup dev issuer: its tokens work, and go through the real verification. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevAuthIntegrationTest {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("eb.data-dir", () -> dataDir.toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void mintedTokenWorksOnMe() {
		String sub = "user_" + UUID.randomUUID();
		String token = mint(sub, "grace@example.com");

		HttpResponse<String> response = this.http.get("/me", token);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = this.json.readTree(response.body());
		assertThat(me.get("clerk_user_id").asString()).isEqualTo(sub);
		assertThat(me.get("email").asString()).isEqualTo("grace@example.com");
		assertThat(me.get("credits").asLong()).isEqualTo(100);
		assertThat(me.get("created_at").asString()).endsWith("Z");
	}

	@Test
	void mintedTokenCarriesTheClerkLikeClaims() throws Exception {
		SignedJWT token = SignedJWT.parse(mint("user_claims", null));
		JWTClaimsSet claims = token.getJWTClaimsSet();

		assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(token.getHeader().getKeyID()).isEqualTo(storedKey().getKeyID());
		assertThat(claims.getIssuer()).isEqualTo(this.environment.getProperty("eb.public-base-url") + "/dev");
		assertThat(claims.getSubject()).isEqualTo("user_claims");
		assertThat(claims.getClaim("email")).isNull();
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofHours(1));
		assertThat(claims.getNotBeforeTime()).isNotNull();
	}

	@Test
	void devTokensPassTheSameValidators() {
		RSAKey devKey = storedKey();
		Instant now = Instant.now();
		JWTClaimsSet.Builder valid = new JWTClaimsSet.Builder()
			.issuer(this.environment.getProperty("eb.public-base-url") + "/dev")
			.subject("user_" + UUID.randomUUID())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)));

		assertThat(this.http.get("/me", TestIssuer.sign(devKey, valid.build())).statusCode()).isEqualTo(200);
		assertThat(
				this.http.get("/me", TestIssuer.sign(devKey, valid.issuer("https://elsewhere").build())).statusCode())
			.isEqualTo(401);
		assertThat(this.http.get("/me",
				TestIssuer.sign(devKey,
						valid.issuer(this.environment.getProperty("eb.public-base-url") + "/dev")
							.expirationTime(Date.from(now.minusSeconds(120)))
							.build()))
			.statusCode()).isEqualTo(401);
		assertThat(
				this.http.get("/me",
						TestIssuer.sign(TestIssuer.newKey(devKey.getKeyID()),
								valid.expirationTime(Date.from(now.plusSeconds(300))).build()))
					.statusCode())
			.isEqualTo(401);
	}

	@Test
	void subjectIsValidated() {
		assertUnprocessableAt(this.http.postJson("/dev/token", "{\"sub\":\"  \"}"), "sub");
		assertUnprocessableAt(this.http.postJson("/dev/token", "{\"email\":\"a@example.com\"}"), "sub");
		assertUnprocessableAt(this.http.postJson("/dev/token", "{\"sub\":\"" + "x".repeat(256) + "\"}"), "sub");
		assertThat(this.http.postJson("/dev/token", "{\"sub\":\"" + "x".repeat(255) + "\"}").statusCode())
			.isEqualTo(200);
	}

	@Test
	void jwksPublishesThePersistedPublicKeyOnly() {
		HttpResponse<String> response = this.http.get("/dev/jwks.json", null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode keys = this.json.readTree(response.body()).get("keys");
		assertThat(keys).hasSize(1);
		assertThat(keys.get(0).get("kid").asString()).isEqualTo(storedKey().getKeyID());
		assertThat(keys.get(0).get("kty").asString()).isEqualTo("RSA");
		assertThat(keys.get(0).has("n")).isTrue();
		assertThat(keys.get(0).has("d")).isFalse();
		assertThat(keys.get(0).has("p")).isFalse();
	}

	@Test
	void keyFileIsPrivateToItsOwner() throws Exception {
		Path keyFile = dataDir.resolve("keys/dev-jwk.json");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void devModeBindsToLoopbackUnlessToldOtherwise() {
		assertThat(this.environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void parallelFirstRequestsOfANewUserCreateOneUser() {
		String sub = "user_" + UUID.randomUUID();
		String token = mint(sub, null);

		CompletableFuture<HttpResponse<String>> first = this.http.getAsync("/me", token);
		CompletableFuture<HttpResponse<String>> second = this.http.getAsync("/me", token);
		HttpResponse<String> a = first.join();
		HttpResponse<String> b = second.join();

		assertThat(a.statusCode()).isEqualTo(200);
		assertThat(b.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(a.body()).get("id").asLong())
			.isEqualTo(this.json.readTree(b.body()).get("id").asLong());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM users WHERE clerk_user_id = ?")
			.param(sub)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private String mint(String sub, String email) {
		String body = (email != null) ? "{\"sub\":\"" + sub + "\",\"email\":\"" + email + "\"}"
				: "{\"sub\":\"" + sub + "\"}";
		HttpResponse<String> response = this.http.postJson("/dev/token", body);
		assertThat(response.statusCode()).isEqualTo(200);
		return this.json.readTree(response.body()).get("token").asString();
	}

	private void assertUnprocessableAt(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode detail = this.json.readTree(response.body()).get("detail");
		assertThat(detail.isArray()).isTrue();
		assertThat(detail.get(0).get("loc").get(0).asString()).isEqualTo("body");
		assertThat(detail.get(0).get("loc").get(1).asString()).isEqualTo(field);
	}

	private static RSAKey storedKey() {
		try {
			return (RSAKey) JWK.parse(Files.readString(dataDir.resolve("keys/dev-jwk.json")));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
