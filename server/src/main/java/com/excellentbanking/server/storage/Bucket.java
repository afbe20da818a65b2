package com.excellentbanking.server.storage;

/**
 * The logical buckets of SPEC §5. Their real names are configuration
 * ({@code EB_S3_BUCKET_*}); code only ever names these.
 */
public enum Bucket {

	UPLOADS, EXCEL, JSON, SQLITE

}
