package com.excellentbanking.server.storage;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.excellentbanking.server.core.NotFound;

/**
 * Serves the local store's pre-signed URLs, the stand-in for S3's own endpoint. The
 * signature is the only credential: these routes take no bearer token.
 */
@RestController
@ConditionalOnProperty(name = "eb.storage.type", havingValue = "local", matchIfMissing = true)
class LocalBlobController {

	private final LocalBlobStore store;

	private final long maxUploadBytes;

	LocalBlobController(LocalBlobStore store, @Value("${eb.max-upload-bytes}") DataSize maxUploadBytes) {
		this.store = store;
		this.maxUploadBytes = maxUploadBytes.toBytes();
	}

	@PutMapping("/blobs/{bucket}/{*key}")
	ResponseEntity<Void> put(@PathVariable String bucket, @PathVariable String key,
			@RequestParam(required = false) String method, @RequestParam(required = false) String expires,
			@RequestParam(name = "ct", required = false) String signedContentType,
			@RequestParam(required = false) String signature,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			HttpServletRequest request) throws IOException {
		BlobGrant grant = new BlobGrant(BlobGrant.PUT, bucket, withoutSlash(key), epochSeconds(expires),
				signedContentType, null);
		StorageKey storageKey = authorize(grant, method, signature);
		// Like S3, a pre-signed PUT is bound to the Content-Type it was signed with.
		if (signedContentType == null || !signedContentType.equals(contentType)) {
			throw new InvalidBlobSignature();
		}
		if (request.getContentLengthLong() > this.maxUploadBytes) {
			throw new UploadTooLarge();
		}
		try (InputStream body = request.getInputStream()) {
			this.store.receive(storageKey, body, signedContentType, this.maxUploadBytes);
		}
		return ResponseEntity.ok().build();
	}

	@GetMapping("/blobs/{bucket}/{*key}")
	ResponseEntity<InputStreamResource> get(@PathVariable String bucket, @PathVariable String key,
			@RequestParam(required = false) String method, @RequestParam(required = false) String expires,
			@RequestParam(required = false) String filename, @RequestParam(required = false) String signature) {
		BlobGrant grant = new BlobGrant(BlobGrant.GET, bucket, withoutSlash(key), epochSeconds(expires), null,
				filename);
		StorageKey storageKey = authorize(grant, method, signature);
		BlobInfo info = this.store.stat(storageKey).orElseThrow(() -> new NotFound("Not Found"));
		InputStream content;
		try {
			content = this.store.open(storageKey);
		}
		catch (BlobNotFound ex) {
			throw new NotFound("Not Found");
		}
		return ResponseEntity.ok()
			.contentType(mediaTypeOf(info))
			.contentLength(info.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, AttachmentDisposition.of(filename))
			// the blob is a user's upload served from the service's own origin
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

	private StorageKey authorize(BlobGrant grant, String method, String signature) {
		if (!grant.method().equals(method) || !this.store.allows(grant, signature)) {
			throw new InvalidBlobSignature();
		}
		Bucket bucket = this.store.bucketNamed(grant.bucketName()).orElseThrow(() -> new NotFound("Not Found"));
		try {
			return new StorageKey(bucket, grant.key());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("Not Found");
		}
	}

	private static String withoutSlash(String key) {
		return key.startsWith("/") ? key.substring(1) : key;
	}

	/** An unreadable expiry can never match a signature; {@code 0} has long expired. */
	private static long epochSeconds(String expires) {
		try {
			return (expires != null) ? Long.parseLong(expires) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static MediaType mediaTypeOf(BlobInfo info) {
		try {
			return MediaType.parseMediaType(info.contentType());
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
