package com.excellentbanking.server.file;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.server.storage.StorageKey;

/**
 * Deleting a file: the row goes (with its dashboard memberships, through the event) in
 * one transaction; its blobs go after that commits, so a failed delete never leaves a row
 * pointing at nothing. Usage records stay.
 */
@Service
class FileDeletion {

	private static final Logger log = LoggerFactory.getLogger(FileDeletion.class);

	private final FileRepository files;

	private final BlobStore blobs;

	private final ApplicationEventPublisher events;

	FileDeletion(FileRepository files, BlobStore blobs, ApplicationEventPublisher events) {
		this.files = files;
		this.blobs = blobs;
		this.events = events;
	}

	@Transactional
	void delete(long userId, long fileId) {
		StoredFile file = this.files.find(userId, fileId).orElseThrow(FileNotFound::new);
		this.events.publishEvent(new FileDeleted(fileId));
		if (!this.files.delete(userId, fileId)) {
			throw new FileNotFound();
		}
		List<StorageKey> keys = List.of(file.storageKey(), FileStorageKeys.excel(userId, fileId),
				FileStorageKeys.json(userId, fileId), FileStorageKeys.sqlite(userId, fileId));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(FileDeletion.this::deleteQuietly);
			}
		});
	}

	/** A blob left behind costs storage, not correctness; the row is already gone. */
	private void deleteQuietly(StorageKey key) {
		try {
			this.blobs.delete(key);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete blob {}/{}: {}", key.bucket(), key.key(), ex.getMessage());
		}
	}

}
