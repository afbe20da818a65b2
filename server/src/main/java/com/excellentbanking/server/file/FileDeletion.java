package com.excellentbanking.server.file;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.excellentbanking.server.storage.BlobsAfterCommit;

/**
 * Deleting a file: the row goes (with its dashboard memberships, through the event) in
 * one transaction; its blobs go after that commits, so a failed delete never leaves a row
 * pointing at nothing. Usage records stay.
 */
@Service
class FileDeletion {

	private final FileRepository files;

	private final BlobsAfterCommit blobs;

	private final ApplicationEventPublisher events;

	FileDeletion(FileRepository files, BlobsAfterCommit blobs, ApplicationEventPublisher events) {
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
		this.blobs.delete(List.of(file.storageKey(), FileStorageKeys.excel(userId, fileId),
				FileStorageKeys.json(userId, fileId), FileStorageKeys.sqlite(userId, fileId)));
	}

}
