package com.excellentbanking.server.storage;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deletes blobs once the transaction that made them unreachable has committed, so a
 * rolled back change never loses its blobs. A blob that cannot be deleted then costs
 * storage, not correctness (nothing points at it any more), so failures are logged, not
 * raised.
 */
@Component
public class BlobsAfterCommit {

	private static final Logger log = LoggerFactory.getLogger(BlobsAfterCommit.class);

	private final BlobStore blobs;

	BlobsAfterCommit(BlobStore blobs) {
		this.blobs = blobs;
	}

	public void delete(Collection<StorageKey> keys) {
		List<StorageKey> copy = List.copyOf(keys);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			copy.forEach(this::deleteQuietly);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				copy.forEach(BlobsAfterCommit.this::deleteQuietly);
			}
		});
	}

	private void deleteQuietly(StorageKey key) {
		try {
			this.blobs.delete(key);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete blob {}/{}: {}", key.bucket(), key.key(), ex.getMessage());
		}
	}

}
