package com.excellentbanking.server.task;

import java.util.UUID;

import org.jobrunr.scheduling.JobRequestScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands tasks to the job system. The job id is the task id, so announcing a task twice
 * (the sweeper after a crash, say) still runs it once.
 */
@Component
class TaskDispatcher {

	private static final Logger log = LoggerFactory.getLogger(TaskDispatcher.class);

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
				dispatchOrLeaveToSweeper(taskId);
			}
		});
	}

	void dispatch(UUID taskId) {
		this.scheduler.enqueue(taskId, new RunTaskRequest(taskId));
	}

	/**
	 * The task is committed, so the request that asked for it has succeeded; if the job
	 * system cannot be told now, the sweeper tells it later.
	 */
	private void dispatchOrLeaveToSweeper(UUID taskId) {
		try {
			dispatch(taskId);
		}
		catch (RuntimeException ex) {
			log.warn("Task {} is queued but could not be handed to the job system yet; the sweeper will retry: {}",
					taskId, ex.getMessage());
		}
	}

}
