package com.excellentbanking.server.task;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-announces tasks still queued a while after they were created. That happens only when
 * an instance died between committing a task and handing it to the job system; announcing
 * an already-known task is a no-op, so every instance may run this.
 */
@Component
class QueuedTaskSweeper {

	private static final Duration GRACE = Duration.ofMinutes(2);

	private final TaskRepository repository;

	private final TaskDispatcher dispatcher;

	private final Clock clock;

	QueuedTaskSweeper(TaskRepository repository, TaskDispatcher dispatcher, Clock clock) {
		this.repository = repository;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
	void sweep() {
		for (UUID id : this.repository.queuedBefore(this.clock.instant().minus(GRACE), 100)) {
			this.dispatcher.dispatch(id);
		}
	}

}
