package com.excellentbanking.server.storage;

import com.excellentbanking.server.core.ClientError;

/** More bytes arrived than {@code EB_MAX_UPLOAD_BYTES} allows. */
class UploadTooLarge extends ClientError {

	UploadTooLarge() {
		super(413, "File too large");
	}

}
