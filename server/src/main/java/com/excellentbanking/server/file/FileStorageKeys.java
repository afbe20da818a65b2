package com.excellentbanking.server.file;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.excellentbanking.server.storage.Bucket;
import com.excellentbanking.server.storage.StorageKey;

/** Storage keys of SPEC §4–5, built from ids only, never from what a client sent. */
final class FileStorageKeys {

	private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

	private FileStorageKeys() {
	}

	static StorageKey upload(long userId, long fileId, String filename) {
		return new StorageKey(Bucket.UPLOADS,
				prefix(userId, fileId) + "/" + UUID.randomUUID() + "." + extensionOf(filename));
	}

	static StorageKey excel(long userId, long fileId) {
		return new StorageKey(Bucket.EXCEL, prefix(userId, fileId) + "/statement.xlsx");
	}

	static StorageKey json(long userId, long fileId) {
		return new StorageKey(Bucket.JSON, prefix(userId, fileId) + "/statement.json");
	}

	static StorageKey sqlite(long userId, long fileId) {
		return new StorageKey(Bucket.SQLITE, prefix(userId, fileId) + "/statement.sqlite");
	}

	/** The file name's extension when it is a plain one, else {@code bin}. */
	static String extensionOf(String filename) {
		int dot = filename.lastIndexOf('.');
		if (dot < 0 || dot == filename.length() - 1) {
			return "bin";
		}
		String extension = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
		return SAFE_EXTENSION.matcher(extension).matches() ? extension : "bin";
	}

	private static String prefix(long userId, long fileId) {
		return "user_id=" + userId + "/file_id=" + fileId;
	}

}
