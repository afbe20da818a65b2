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
