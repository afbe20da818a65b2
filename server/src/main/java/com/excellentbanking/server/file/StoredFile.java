package com.excellentbanking.server.file;

import java.time.Instant;
import java.util.UUID;

import com.excellentbanking.server.storage.StorageKey;

/**
 * A statement file of one user and where its processing stands. Status changes go through
 * the guarded transitions below, each refusing a wrong starting state.
 */
record StoredFile(long id, long userId, String filename, Long fileSize, String mimeType, StorageKey storageKey,
		FileStatus status, String detectedFormat, Integer pageCount, Integer transactionCount, String processedData,
		UUID currentTaskId, Instant createdAt, Instant updatedAt) {

	/**
	 * Files in {@code error} and {@code completed} may be processed again; a running one
	 * may not.
	 */
	StoredFile startProcessing(long storedSize, UUID taskId, Instant now) {
		if (this.status == FileStatus.PROCESSING) {
			throw new FileBeingProcessed();
		}
		return new StoredFile(this.id, this.userId, this.filename, storedSize, this.mimeType, this.storageKey,
				FileStatus.PROCESSING, this.detectedFormat, this.pageCount, this.transactionCount, null, taskId,
				this.createdAt, now);
	}

	StoredFile complete(ProcessingResult result, Instant now) {
		requireProcessing();
		return new StoredFile(this.id, this.userId, this.filename, this.fileSize, this.mimeType, this.storageKey,
				FileStatus.COMPLETED, result.detectedFormat(), result.pageCount(), result.transactionCount(),
				result.processedData(), this.currentTaskId, this.createdAt, now);
	}

	StoredFile fail(String processedData, Instant now) {
		requireProcessing();
		return new StoredFile(this.id, this.userId, this.filename, this.fileSize, this.mimeType, this.storageKey,
				FileStatus.ERROR, this.detectedFormat, null, null, processedData, this.currentTaskId, this.createdAt,
				now);
	}

	boolean isProcessedBy(UUID taskId) {
		return this.status == FileStatus.PROCESSING && taskId.equals(this.currentTaskId);
	}

	private void requireProcessing() {
		if (this.status != FileStatus.PROCESSING) {
			throw new IllegalStateException("File " + this.id + " is " + this.status.code() + ", not processing");
		}
	}

}
