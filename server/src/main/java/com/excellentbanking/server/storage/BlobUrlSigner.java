package com.excellentbanking.server.storage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the local store's pre-signed URLs with HMAC-SHA256. The URLs point at
 * the service itself ({@code EB_PUBLIC_BASE_URL}), where {@code LocalBlobController}
 * serves them.
 */
final class BlobUrlSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder SIGNATURE_ENCODING = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec secret;

	private final String publicBaseUrl;

	BlobUrlSigner(byte[] secret, String publicBaseUrl) {
		this.secret = new SecretKeySpec(secret, ALGORITHM);
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	URI url(BlobGrant grant) {
		StringBuilder url = new StringBuilder(this.publicBaseUrl).append("/blobs/")
			.append(grant.bucketName())
			.append('/')
			.append(grant.key())
			.append("?method=")
			.append(grant.method())
			.append("&expires=")
			.append(grant.expires());
		if (grant.contentType() != null) {
			url.append("&ct=").append(QueryValues.encode(grant.contentType()));
		}
		if (grant.filename() != null) {
			url.append("&filename=").append(QueryValues.encode(grant.filename()));
		}
		url.append("&signature=").append(signature(grant));
		return URI.create(url.toString());
	}

	/** Whether {@code signature} was made by this signer for exactly {@code grant}. */
	boolean isAuthentic(BlobGrant grant, String signature) {
		if (signature == null) {
			return false;
		}
		byte[] expected = signature(grant).getBytes(StandardCharsets.US_ASCII);
		byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	String signature(BlobGrant grant) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.secret);
			return SIGNATURE_ENCODING.encodeToString(mac.doFinal(grant.canonicalBytes()));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
