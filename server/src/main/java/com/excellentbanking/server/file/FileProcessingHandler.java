package com.excellentbanking.server.file;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.server.task.Task;
import com.excellentbanking.server.task.TaskHandler;
import com.excellentbanking.server.task.TaskProgress;
import com.excellentbanking.server.task.TaskType;
import com.excellentbanking.server.task.Tasks;
import com.excellentbanking.server.usage.UsageRecord;
import com.excellentbanking.server.usage.UsageRecords;
import com.excellentbanking.server.user.CreditAccount;
import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.StatementException;

/**
 * The background half of processing: stream the upload into the engine, write the three
 * outputs, then record the outcome, the usage and the charge in one transaction. Running
 * it again after a crash gives the same outputs and charges once.
 */
@Component
class FileProcessingHandler implements TaskHandler {

	private static final Logger log = LoggerFactory.getLogger(FileProcessingHandler.class);

	/** Reading is most of the work; writing outputs the rest. */
	private static final int READ_SHARE = 80;

	private final FileRepository files;

	private final BlobStore blobs;

	private final StatementReader reader;

	private final FileOutputs outputs;

	private final Tasks tasks;

	private final CreditAccount credits;

	private final UsageRecords usage;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	FileProcessingHandler(FileRepository files, BlobStore blobs, StatementReader reader, FileOutputs outputs,
			Tasks tasks, CreditAccount credits, UsageRecords usage, ApplicationEventPublisher events,
			TransactionTemplate transaction, JsonMapper json, Clock clock) {
		this.files = files;
		this.blobs = blobs;
		this.reader = reader;
		this.outputs = outputs;
		this.tasks = tasks;
		this.credits = credits;
		this.usage = usage;
		this.events = events;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public TaskType type() {
		return TaskType.FILE_PROCESSING;
	}

	@Override
	public void run(Task task, TaskProgress progress) throws Exception {
		Optional<StoredFile> found = this.files.findById(task.subjectId()).filter((f) -> f.isProcessedBy(task.id()));
		if (found.isEmpty()) {
			this.tasks.fail(task.id(), error("superseded", "The file was deleted or processed again"));
			return;
		}
		StoredFile file = found.get();
		Extraction extraction;
		try (InputStream content = this.blobs.open(file.storageKey())) {
			ReadOptions options = ReadOptions.withPassword(task.secret())
				.withProgress((done, total) -> progress.report((total > 0) ? done * READ_SHARE / total : 0));
			extraction = this.reader.read(content, options);
		}
		catch (StatementException ex) {
			recordFailure(file, task, ex.code().code(), ex.getMessage());
			return;
		}
		progress.report(READ_SHARE);
		String processedData = this.outputs.write(file, extraction);
		progress.report(95);
		recordSuccess(file, task, extraction, processedData);
	}

	@Override
	public void giveUp(Task task, Exception lastFailure) {
		this.files.findById(task.subjectId())
			.filter((f) -> f.isProcessedBy(task.id()))
			.ifPresentOrElse(
					(file) -> recordFailure(file, task, "processing_failed",
							"Processing failed repeatedly; please try again later"),
					() -> this.tasks.fail(task.id(), error("processing_failed", "Processing failed repeatedly")));
	}

	private void recordSuccess(StoredFile file, Task task, Extraction extraction, String processedData) {
		long cost = Credits.cost(extraction);
		ProcessingResult result = new ProcessingResult(extraction.format().code(), extraction.pageCount(),
				extraction.transactionCount(), extraction.characterCount(), processedData);
		Outcome outcome = this.transaction.execute((status) -> {
			StoredFile completed = file.complete(result, this.clock.instant());
			if (!saveOrSkip(file, completed, task)) {
				status.setRollbackOnly();
				return Outcome.SUPERSEDED;
			}
			if (!this.credits.tryCharge(file.userId(), cost)) {
				status.setRollbackOnly();
				return Outcome.INSUFFICIENT_CREDITS;
			}
			this.usage.record(new UsageRecord(file.userId(), file.id(), task.id(), file.fileSize(),
					extraction.characterCount(), extraction.pageCount(), cost, this.clock.instant()));
			this.events.publishEvent(new FileContentChanged(file.id()));
			this.tasks.succeed(task.id(), this.json.writeValueAsString(Map.of("file_id", file.id(), "status",
					completed.status().code(), "transaction_count", extraction.transactionCount())));
			return Outcome.COMPLETED;
		});
		if (outcome == Outcome.INSUFFICIENT_CREDITS) {
			recordFailure(file, task, "insufficient_credits",
					"Processing this file needs " + cost + " credits, more than the account has");
		}
		else if (outcome == Outcome.SUPERSEDED) {
			if (this.files.findById(file.id()).isEmpty()) {
				// Deleted while this job ran: the deletion could not remove outputs not
				// yet written.
				this.outputs.delete(file);
			}
			this.tasks.fail(task.id(), error("superseded", "The file was deleted or processed again"));
		}
	}

	private void recordFailure(StoredFile file, Task task, String code, String message) {
		this.transaction.executeWithoutResult((status) -> {
			StoredFile failed = file.fail(processedError(code, message), this.clock.instant());
			if (saveOrSkip(file, failed, task)) {
				this.events.publishEvent(new FileContentChanged(file.id()));
			}
			this.tasks.fail(task.id(), error(code, message));
		});
	}

	/**
	 * False when the file changed under the job (deleted, say); the job then leaves it
	 * be.
	 */
	private boolean saveOrSkip(StoredFile before, StoredFile after, Task task) {
		boolean saved = this.files.saveTransition(before, after);
		if (!saved) {
			log.info("File {} changed while task {} ran; its result is dropped", before.id(), task.id());
		}
		return saved;
	}

	/** A task's {@code error}: {@code {"code", "message"}}. */
	private String error(String code, String message) {
		return this.json.writeValueAsString(Map.of("code", code, "message", message));
	}

	/**
	 * A failed file's {@code processed_data} (SPEC §4): {@code {"error": {"code",
	 * "message"}}}.
	 */
	private String processedError(String code, String message) {
		return this.json.writeValueAsString(Map.of("error", Map.of("code", code, "message", message)));
	}

	private enum Outcome {

		COMPLETED, INSUFFICIENT_CREDITS, SUPERSEDED

	}

}
