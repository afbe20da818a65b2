package com.excellentbanking.server.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for query values that decodes the same way on every server. */
final class QueryValues {

	private QueryValues() {
	}

	static String encode(String value) {
		// URLEncoder writes a space as '+', which not every decoder reads back as a
		// space.
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
