package com.excellentbanking.server.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Rules for configured names. Bucket names follow S3's rules for both adapters: the local
 * store uses them as directory names, and the same configuration must work on S3.
 */
final class BucketNames {

	private static final Pattern S3_BUCKET = Pattern.compile("[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]");

	private BucketNames() {
	}

	static boolean isValid(String name) {
		return name != null && S3_BUCKET.matcher(name).matches() && !name.contains("..");
	}

	static boolean isHttpUrl(String value) {
		try {
			URI uri = new URI(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
