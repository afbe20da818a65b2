package com.excellentbanking.server.file;

import java.util.Locale;

/**
 * SPEC §4 lifecycle: {@code pending → processing → completed}, or
 * {@code processing → error}.
 */
public enum FileStatus {

	PENDING, PROCESSING, COMPLETED, ERROR;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static FileStatus fromCode(String code) {
		for (FileStatus status : values()) {
			if (status.code().equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("Unknown status: " + code);
	}

}
