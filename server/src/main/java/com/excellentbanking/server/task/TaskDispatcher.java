package com.excellentbanking.server.task;

import java.util.UUID;

import org.jobrunr.scheduling.JobRequestScheduler;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands tasks to the job system. The job id is the task id, so announcing a task twice
 * (the sweeper after a crash, say) still runs it once.
 */
@Component
class TaskDispatcher {

	private final JobRequestScheduler scheduler;

	TaskDispatcher(JobRequestScheduler scheduler) {
		this.scheduler = scheduler;
	}

	void dispatchAfterCommit(UUID taskId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			dispatch(taskId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				dispatch(taskId);
			}
		});
	}

	void dispatch(UUID taskId) {
		this.scheduler.enqueue(taskId, new RunTaskRequest(taskId));
	}

}
