package com.excellentbanking.server.task;

import java.time.Clock;
import java.util.UUID;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Re-announces tasks still queued a while after they were created. That happens only when
 * an instance died between committing a task and handing it to the job system; announcing
 * an already-known task is a no-op, so every instance may run this.
 */
@Component
class QueuedTaskSweeper implements SchedulingConfigurer {

	private final TaskRepository repository;

	private final TaskDispatcher dispatcher;

	private final TaskSettings settings;

	private final Clock clock;

	QueuedTaskSweeper(TaskRepository repository, TaskDispatcher dispatcher, TaskSettings settings, Clock clock) {
		this.repository = repository;
		this.dispatcher = dispatcher;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::sweep, this.settings.sweepInterval(),
				this.settings.sweepInterval().dividedBy(2)));
	}

	void sweep() {
		for (UUID id : this.repository.queuedBefore(this.clock.instant().minus(this.settings.sweepGrace()), 100)) {
			this.dispatcher.dispatch(id);
		}
	}

}
