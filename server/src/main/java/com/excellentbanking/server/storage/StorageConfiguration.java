package com.excellentbanking.server.storage;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link BlobStore} of the application, chosen by {@code EB_STORAGE_TYPE}. An
 * unknown type fails the binding of {@link StorageProperties}, other bad settings fail
 * {@link StorageProperties#validate()}; either way the application does not start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	@Bean
	@ConditionalOnProperty(name = "eb.storage.type", havingValue = "local", matchIfMissing = true)
	LocalBlobStore localBlobStore(StorageProperties properties, @Value("${eb.data-dir}") Path dataDir,
			@Value("${eb.public-base-url}") String publicBaseUrl, ObjectProvider<Clock> clock) {
		properties.validate();
		if (!BucketNames.isHttpUrl(publicBaseUrl)) {
			throw new IllegalStateException("Invalid storage settings:\n  EB_PUBLIC_BASE_URL='" + publicBaseUrl
					+ "' must be an http:// or https:// URL; local pre-signed URLs point there");
		}
		byte[] secret = SigningKeyFile.loadOrCreate(dataDir.resolve("keys").resolve("blob-signing.key"));
		// Uses the application's Clock when one is defined, so tests can fix the time.
		return new LocalBlobStore(dataDir.resolve("blobs"), properties.buckets(),
				new BlobUrlSigner(secret, publicBaseUrl), clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnProperty(name = "eb.storage.type", havingValue = "s3")
	S3BlobStore s3BlobStore(StorageProperties properties) {
		properties.validate();
		S3BlobStore store = S3BlobStore.connect(properties.s3(), properties.buckets());
		try {
			store.createMissingBuckets();
		}
		catch (RuntimeException ex) {
			store.close();
			throw new IllegalStateException("S3 storage at " + properties.s3().endpoint()
					+ " cannot be used (check EB_S3_ENDPOINT, EB_S3_ACCESS_KEY and EB_S3_SECRET_KEY): "
					+ ex.getMessage(), ex);
		}
		return store;
	}

}
