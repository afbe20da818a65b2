package com.excellentbanking.server.task;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task module's API: submit background work and record how it ended. Submitting joins
 * the caller's transaction; the job system hears of the task only once that commits.
 */
@Service
public class Tasks {

	private final TaskRepository repository;

	private final TaskDispatcher dispatcher;

	private final Clock clock;

	Tasks(TaskRepository repository, TaskDispatcher dispatcher, Clock clock) {
		this.repository = repository;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	/**
	 * Records a queued task and schedules it to run after the surrounding transaction
	 * commits.
	 * @param secret a value only the job may read (a PDF password), erased when it ends
	 */
	@Transactional
	public UUID submit(long userId, TaskType type, long subjectId, String secret) {
		Task task = new Task(UUID.randomUUID(), userId, type, subjectId, TaskStatus.QUEUED, 0, 0, secret, null, null,
				this.clock.instant(), null, null);
		this.repository.insert(task);
		this.dispatcher.dispatchAfterCommit(task.id());
		return task.id();
	}

	/** The queued or running task of that type for that subject, if any. */
	public Optional<Task> findActive(TaskType type, long subjectId) {
		return this.repository.findActive(type, subjectId);
	}

	Optional<Task> findForUser(UUID id, long userId) {
		return this.repository.findForUser(id, userId);
	}

	/**
	 * Ends a task successfully; joins the caller's transaction. Returns false if it had
	 * ended.
	 */
	@Transactional
	public boolean succeed(UUID id, String resultJson) {
		return this.repository.finish(id, TaskStatus.SUCCEEDED, resultJson, null, this.clock.instant());
	}

	/**
	 * Ends a task as failed; joins the caller's transaction. Returns false if it had
	 * ended.
	 */
	@Transactional
	public boolean fail(UUID id, String errorJson) {
		return this.repository.finish(id, TaskStatus.FAILED, null, errorJson, this.clock.instant());
	}

}
