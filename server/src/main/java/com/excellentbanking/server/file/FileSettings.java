package com.excellentbanking.server.file;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and lifetimes of the files module. {@code maxUploadBytes} is
 * {@code EB_MAX_UPLOAD_BYTES}; the URL lifetimes are SPEC §4's.
 */
@ConfigurationProperties("eb")
record FileSettings(DataSize maxUploadBytes) {

	static final Duration UPLOAD_URL_TTL = Duration.ofMinutes(15);

	static final Duration DOWNLOAD_URL_TTL = Duration.ofHours(1);

	long maxBytes() {
		return this.maxUploadBytes.toBytes();
	}

}
