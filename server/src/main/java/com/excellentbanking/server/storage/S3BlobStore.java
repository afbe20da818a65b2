package com.excellentbanking.server.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs in S3-compatible storage (MinIO, AWS S3, R2, ...). Path-style addressing on the
 * client and the presigner alike, so bucket names never have to resolve as host names and
 * pre-signed URLs point at {@code EB_S3_ENDPOINT}, the host clients call.
 */
class S3BlobStore implements BlobStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);

	/** A health probe must answer even when storage hangs. */
	private static final Duration HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(5);

	private final S3Client s3;

	private final S3Presigner presigner;

	private final StorageProperties.Buckets buckets;

	S3BlobStore(S3Client s3, S3Presigner presigner, StorageProperties.Buckets buckets) {
		this.s3 = s3;
		this.presigner = presigner;
		this.buckets = buckets;
	}

	/** Builds the SDK client and presigner for the settings; opens no connection. */
	static S3BlobStore connect(StorageProperties.S3 settings, StorageProperties.Buckets buckets) {
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
		S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(true).build();
		Region region = Region.of(settings.region());
		// The SDK's default flexible checksums (since 2.30) are refused by several
		// S3-compatible stores; only send them where the operation requires one.
		S3ClientBuilder client = S3Client.builder()
			.region(region)
			.credentialsProvider(credentials)
			.serviceConfiguration(pathStyle)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		S3Presigner.Builder presigner = S3Presigner.builder()
			.region(region)
			.credentialsProvider(credentials)
			.serviceConfiguration(pathStyle);
		if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
			URI endpoint = URI.create(settings.endpoint().trim());
			client.endpointOverride(endpoint);
			presigner.endpointOverride(endpoint);
		}
		return new S3BlobStore(client.build(), presigner.build(), buckets);
	}

	/**
	 * Creates the configured buckets that do not exist yet. Another instance starting at
	 * the same time may create one first; that is success too.
	 */
	void createMissingBuckets() {
		for (Bucket bucket : Bucket.values()) {
			String name = this.buckets.nameOf(bucket);
			if (!bucketExists(name)) {
				try {
					this.s3.createBucket((request) -> request.bucket(name));
					log.info("Created bucket {}", name);
				}
				catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException ex) {
					log.debug("Bucket {} was created concurrently", name);
				}
			}
		}
	}

	private boolean bucketExists(String name) {
		try {
			this.s3.headBucket((request) -> request.bucket(name));
			return true;
		}
		catch (NoSuchBucketException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public void put(StorageKey key, InputStream content, long length, String contentType) {
		PutObjectRequest request = PutObjectRequest.builder()
			.bucket(bucketName(key))
			.key(key.key())
			.contentType(contentType)
			.contentLength(length)
			.build();
		// S3 stores an object only once its whole body arrived, so a failed upload leaves
		// nothing behind; the SDK streams the body and keeps at most 128 KiB for retries.
		this.s3.putObject(request, RequestBody.fromInputStream(content, length));
	}

	@Override
	public InputStream open(StorageKey key) {
		try {
			return new S3ObjectStream(this.s3.getObject((request) -> request.bucket(bucketName(key)).key(key.key())));
		}
		catch (NoSuchKeyException ex) {
			throw new BlobNotFound(key);
		}
	}

	@Override
	public Optional<BlobInfo> stat(StorageKey key) {
		try {
			HeadObjectResponse head = this.s3.headObject((request) -> request.bucket(bucketName(key)).key(key.key()));
			return Optional.of(new BlobInfo(head.contentLength(), head.contentType()));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public void delete(StorageKey key) {
		this.s3.deleteObject((request) -> request.bucket(bucketName(key)).key(key.key()));
	}

	@Override
	public URI presignPut(StorageKey key, String contentType, Duration ttl) {
		PutObjectRequest put = PutObjectRequest.builder()
			.bucket(bucketName(key))
			.key(key.key())
			.contentType(contentType)
			.build();
		return toUri(this.presigner.presignPutObject((request) -> request.signatureDuration(ttl).putObjectRequest(put))
			.url()
			.toString());
	}

	@Override
	public URI presignGet(StorageKey key, Duration ttl, String downloadFileName) {
		GetObjectRequest get = GetObjectRequest.builder()
			.bucket(bucketName(key))
			.key(key.key())
			.responseContentDisposition(AttachmentDisposition.of(downloadFileName))
			.build();
		return toUri(this.presigner.presignGetObject((request) -> request.signatureDuration(ttl).getObjectRequest(get))
			.url()
			.toString());
	}

	@Override
	public String storagePath(StorageKey key) {
		return bucketName(key) + "/" + key.key();
	}

	@Override
	public boolean isHealthy() {
		try {
			this.s3.headBucket((request) -> request.bucket(this.buckets.nameOf(Bucket.UPLOADS))
				.overrideConfiguration((call) -> call.apiCallTimeout(HEALTH_CHECK_TIMEOUT)));
			return true;
		}
		catch (SdkException ex) {
			log.warn("S3 storage does not answer: {}", ex.getMessage());
			return false;
		}
	}

	@Override
	public void close() {
		this.presigner.close();
		this.s3.close();
	}

	private String bucketName(StorageKey key) {
		return this.buckets.nameOf(key.bucket());
	}

	private static URI toUri(String url) {
		return URI.create(url);
	}

}
