package com.excellentbanking.server.file;

import org.springframework.stereotype.Component;

import com.excellentbanking.server.storage.BlobStore;

/**
 * Turns file rows into their wire form; the storage path needs the configured bucket
 * names.
 */
@Component
class FileResponses {

	private final BlobStore blobs;

	FileResponses(BlobStore blobs) {
		this.blobs = blobs;
	}

	FileResponse of(StoredFile file) {
		return new FileResponse(file.id(), file.userId(), file.filename(), file.fileSize(), file.mimeType(),
				this.blobs.storagePath(file.storageKey()), file.status().code(), file.detectedFormat(),
				file.pageCount(), file.transactionCount(), file.processedData(), file.createdAt(), file.updatedAt());
	}

}
