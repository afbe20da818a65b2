package com.excellentbanking.server.task;

/**
 * Does the work of one {@link TaskType}. A handler records its domain outcome and the
 * task's end ({@link Tasks#succeed}/{@link Tasks#fail}) in one transaction, so a crash
 * never leaves one without the other. It must be idempotent: after a crash the same task
 * runs again.
 */
public interface TaskHandler {

	TaskType type();

	/**
	 * Runs the task. An exception means "try again later"; the task is retried a few
	 * times, then {@link #giveUp} is called.
	 */
	void run(Task task, TaskProgress progress) throws Exception;

	/** Records a permanent failure after the last retry. */
	void giveUp(Task task, Exception lastFailure);

}
