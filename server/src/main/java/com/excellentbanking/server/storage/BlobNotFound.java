package com.excellentbanking.server.storage;

/** The blob asked for is not stored. */
public class BlobNotFound extends RuntimeException {

	public BlobNotFound(StorageKey key) {
		super("No blob at " + key.bucket() + "/" + key.key());
	}

}
