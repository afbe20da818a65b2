package com.excellentbanking.server.auth;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The self-issuing dev mode; nothing of it exists in Clerk mode. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "eb.auth.mode", havingValue = "dev", matchIfMissing = true)
class DevAuthConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevAuthConfiguration.class);

	@Bean
	DevIssuer devIssuer(AuthSettings settings, Clock clock, @Value("${eb.data-dir}") Path dataDir,
			@Value("${eb.public-base-url}") String publicBaseUrl,
			@Value("${server.address:all interfaces}") String address) {
		String issuer = (settings.issuer() != null) ? settings.issuer() : stripTrailingSlash(publicBaseUrl) + "/dev";
		Path keyFile = dataDir.resolve("keys").resolve("dev-jwk.json");
		DevIssuer devIssuer = new DevIssuer(DevKeyStore.loadOrCreate(keyFile), issuer, clock);
		log.warn(
				"Dev auth is ON (EB_AUTH_MODE=dev): anyone reaching POST /dev/token can act as any user."
						+ " Listening on {}; issuer {}; key {} (kid {}). Use EB_AUTH_MODE=clerk in production.",
				address, issuer, keyFile.toAbsolutePath(), devIssuer.keyId());
		return devIssuer;
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
