package com.excellentbanking.server.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.excellentbanking.server.storage.BlobInfo;
import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.server.task.TaskType;
import com.excellentbanking.server.task.Tasks;
import com.excellentbanking.server.user.CreditAccount;

/**
 * Starts processing a file: checks the stored object, its size and the credits, then
 * moves the file to {@code processing} and queues the job in one transaction.
 */
@Service
class FileProcessing {

	private final FileRepository files;

	private final BlobStore blobs;

	private final Tasks tasks;

	private final CreditAccount credits;

	private final FileSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FileProcessing(FileRepository files, BlobStore blobs, Tasks tasks, CreditAccount credits, FileSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.files = files;
		this.blobs = blobs;
		this.tasks = tasks;
		this.credits = credits;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	UUID start(long userId, long fileId, String password) {
		StoredFile file = this.files.find(userId, fileId).orElseThrow(FileNotFound::new);
		if (file.status() == FileStatus.PROCESSING) {
			throw new FileBeingProcessed();
		}
		BlobInfo blob = this.blobs.stat(file.storageKey()).orElseThrow(FileNotUploaded::new);
		if (blob.size() > this.settings.maxBytes()) {
			throw new FileTooLarge();
		}
		if (this.credits.balance(userId) < Credits.estimate(blob.size(), looksPaged(file))) {
			throw new InsufficientCredits();
		}
		UUID taskId = this.tasks.submit(userId, TaskType.FILE_PROCESSING, fileId, blankToNull(password));
		StoredFile processing = file.startProcessing(blob.size(), taskId, this.clock.instant());
		if (!this.files.saveTransition(file, processing)) {
			throw new FileBeingProcessed();
		}
		this.events.publishEvent(new FileContentChanged(fileId));
		return taskId;
	}

	/**
	 * Paged formats are charged per page, which is only known after reading; the estimate
	 * needs only the first bytes.
	 */
	private boolean looksPaged(StoredFile file) {
		try (InputStream in = this.blobs.open(file.storageKey())) {
			return Credits.isPaged(in.readNBytes(1024));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String blankToNull(String password) {
		return (password == null || password.isEmpty()) ? null : password;
	}

}
