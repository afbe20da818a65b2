package com.excellentbanking.server.storage;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.excellentbanking.server.support.S3MockServer;

import static org.assertj.core.api.Assertions.assertThat;

/** One {@link BlobStore} by {@code EB_STORAGE_TYPE}, and no start with bad settings. */
class StorageConfigurationTest {

	@TempDir
	Path dataDir;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withUserConfiguration(StorageConfiguration.class)
			.withPropertyValues("eb.data-dir=" + this.dataDir, "eb.public-base-url=http://localhost:8080");
	}

	@Test
	void localIsTheDefault() {
		runner().run((context) -> {
			assertThat(context).hasSingleBean(BlobStore.class);
			assertThat(context.getBean(BlobStore.class)).isInstanceOf(LocalBlobStore.class);
			assertThat(this.dataDir.resolve("keys/blob-signing.key")).isRegularFile();
		});
	}

	@Test
	void typeIsReadCaseInsensitively() {
		runner().withPropertyValues("eb.storage.type=LOCAL")
			.run((context) -> assertThat(context).hasSingleBean(LocalBlobStore.class));
	}

	@Test
	void unknownTypeStopsTheStart() {
		runner().withPropertyValues("eb.storage.type=gcs").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("gcs");
		});
	}

	@Test
	void s3WithoutCredentialsStopsTheStartNamingTheVariables() {
		runner()
			.withPropertyValues("eb.storage.type=s3", "eb.storage.s3.endpoint=http://minio:9000",
					"eb.storage.s3.region=us-east-1")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("EB_S3_ACCESS_KEY and EB_S3_SECRET_KEY are required when EB_STORAGE_TYPE=s3");
			});
	}

	@Test
	void malformedEndpointOrBucketNameStopsTheStart() {
		runner()
			.withPropertyValues("eb.storage.type=s3", "eb.storage.s3.endpoint=minio:9000",
					"eb.storage.s3.region=us-east-1", "eb.storage.s3.access-key=a", "eb.storage.s3.secret-key=b",
					"eb.storage.buckets.excel=Excel_Files")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("EB_S3_ENDPOINT='minio:9000' must be an http:// or https:// URL")
					.hasMessageContaining("EB_S3_BUCKET_EXCEL='Excel_Files' is not a valid bucket name");
			});
	}

	@Test
	void sameBucketForTwoPurposesStopsTheStart() {
		runner().withPropertyValues("eb.storage.buckets.json=data", "eb.storage.buckets.sqlite=data").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("four different buckets");
		});
	}

	@Test
	void localStoreNeedsAnAbsolutePublicBaseUrl() {
		runner().withPropertyValues("eb.public-base-url=localhost:8080").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("EB_PUBLIC_BASE_URL='localhost:8080' must be an http:// or https:// URL");
		});
	}

	@Test
	void s3StoreIsBuiltAndCreatesItsBuckets() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		runner().withPropertyValues("eb.storage.type=s3", "eb.storage.s3.endpoint=" + S3MockServer.shared().endpoint(),
				"eb.storage.s3.region=" + S3MockServer.REGION, "eb.storage.s3.access-key=" + S3MockServer.ACCESS_KEY,
				"eb.storage.s3.secret-key=" + S3MockServer.SECRET_KEY, "eb.storage.buckets.uploads=up-" + suffix,
				"eb.storage.buckets.excel=xl-" + suffix, "eb.storage.buckets.json=js-" + suffix,
				"eb.storage.buckets.sqlite=sq-" + suffix)
			.run((context) -> {
				assertThat(context).hasSingleBean(BlobStore.class);
				BlobStore store = context.getBean(BlobStore.class);
				assertThat(store).isInstanceOf(S3BlobStore.class);
				assertThat(store.isHealthy()).isTrue();
				assertThat(store.storagePath(new StorageKey(Bucket.SQLITE, "dashboard_id=1/combined.sqlite")))
					.isEqualTo("sq-" + suffix + "/dashboard_id=1/combined.sqlite");
			});
	}

	@Test
	void s3StorageThatDoesNotAnswerStopsTheStart() {
		runner()
			.withPropertyValues("eb.storage.type=s3", "eb.storage.s3.endpoint=http://127.0.0.1:1",
					"eb.storage.s3.region=us-east-1", "eb.storage.s3.access-key=a", "eb.storage.s3.secret-key=b")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure())
					.hasStackTraceContaining("S3 storage at http://127.0.0.1:1 cannot be used (check EB_S3_ENDPOINT");
			});
	}

}
