package com.excellentbanking.server.task;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs a task on whichever instance's worker picked it up. The job system guarantees one
 * execution at a time and retries jobs of an instance that died; the task row counts the
 * attempts so a task that keeps failing ends as failed instead of retrying forever.
 */
@Component
public class RunTaskRequestHandler implements JobRequestHandler<RunTaskRequest> {

	/**
	 * Also the job system's retry count, so it runs a task once more than it may be
	 * attempted: that last run gives up a task whose attempts all died.
	 */
	static final int MAX_ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(RunTaskRequestHandler.class);

	private final TaskRepository repository;

	private final Map<TaskType, TaskHandler> handlers = new EnumMap<>(TaskType.class);

	private final Clock clock;

	RunTaskRequestHandler(TaskRepository repository, List<TaskHandler> handlers, Clock clock) {
		this.repository = repository;
		this.clock = clock;
		handlers.forEach((handler) -> this.handlers.put(handler.type(), handler));
	}

	@Override
	@Job(name = "Run task %0", retries = MAX_ATTEMPTS)
	public void run(RunTaskRequest request) throws Exception {
		Optional<Task> claimed = this.repository.claim(request.taskId(), this.clock.instant());
		if (claimed.isEmpty()) {
			return;
		}
		Task task = claimed.get();
		TaskHandler handler = this.handlers.get(task.type());
		if (handler == null) {
			throw new IllegalStateException("No handler for task type " + task.type());
		}
		if (task.attempts() > MAX_ATTEMPTS) {
			// Every earlier attempt died with its JVM (a file that crashes the instance,
			// say), so none reached the give-up below. This is the job system's last
			// retry: end the task now, or it stays running and its file blocked forever.
			log.error("Task {} ({}) given up: {} attempts died before finishing", task.id(), task.type(),
					task.attempts() - 1);
			handler.giveUp(task, new IllegalStateException("Earlier attempts died before finishing"));
			return;
		}
		try {
			handler.run(task, (percent) -> this.repository.progress(task.id(), Math.max(0, Math.min(99, percent))));
		}
		catch (Exception ex) {
			if (task.attempts() >= MAX_ATTEMPTS) {
				log.error("Task {} ({}) failed for good after {} attempts", task.id(), task.type(), task.attempts(),
						ex);
				handler.giveUp(task, ex);
				return;
			}
			log.warn("Task {} ({}) failed on attempt {}; it will be retried", task.id(), task.type(), task.attempts(),
					ex);
			throw ex;
		}
	}

}
