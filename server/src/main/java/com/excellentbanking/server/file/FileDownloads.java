package com.excellentbanking.server.file;

import org.springframework.stereotype.Service;

import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.server.storage.StorageKey;

/** Pre-signed download links for a file's original and its outputs (SPEC §4). */
@Service
class FileDownloads {

	private final FileRepository files;

	private final BlobStore blobs;

	FileDownloads(FileRepository files, BlobStore blobs) {
		this.files = files;
		this.blobs = blobs;
	}

	DownloadResponse original(long userId, long fileId) {
		StoredFile file = this.files.find(userId, fileId).orElseThrow(FileNotFound::new);
		if (this.blobs.stat(file.storageKey()).isEmpty()) {
			throw new FileNotUploaded();
		}
		return link(file.storageKey(), file.filename());
	}

	DownloadResponse output(long userId, long fileId, OutputKind kind) {
		StoredFile file = completed(userId, fileId);
		return link(kind.key(userId, fileId), DisplayNames.withExtension(file.filename(), kind.extension()));
	}

	StoredFile completed(long userId, long fileId) {
		StoredFile file = this.files.find(userId, fileId).orElseThrow(FileNotFound::new);
		if (file.status() != FileStatus.COMPLETED) {
			throw new FileNotProcessed();
		}
		return file;
	}

	private DownloadResponse link(StorageKey key, String downloadName) {
		return new DownloadResponse(this.blobs.presignGet(key, FileSettings.DOWNLOAD_URL_TTL, downloadName).toString());
	}

	/** The three derived outputs of a processed file. */
	enum OutputKind {

		EXCEL("xlsx"), JSON("json"), SQLITE("sqlite");

		private final String extension;

		OutputKind(String extension) {
			this.extension = extension;
		}

		String extension() {
			return this.extension;
		}

		StorageKey key(long userId, long fileId) {
			return switch (this) {
				case EXCEL -> FileStorageKeys.excel(userId, fileId);
				case JSON -> FileStorageKeys.json(userId, fileId);
				case SQLITE -> FileStorageKeys.sqlite(userId, fileId);
			};
		}

	}

}
