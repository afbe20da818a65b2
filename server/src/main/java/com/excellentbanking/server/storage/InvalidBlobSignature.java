package com.excellentbanking.server.storage;

import com.excellentbanking.server.core.ClientError;

/**
 * A local-blob request whose URL was not signed by this service for exactly this request,
 * or whose signature has expired. One answer for every cause, so a caller learns nothing
 * about which part was wrong.
 */
class InvalidBlobSignature extends ClientError {

	InvalidBlobSignature() {
		super(403, "Invalid or expired signature");
	}

}
