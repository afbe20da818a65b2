package com.excellentbanking.server.task;

import java.util.UUID;

import org.jobrunr.jobs.lambdas.JobRequest;

/** The job system's record of a task to run; all state stays in the task row. */
public record RunTaskRequest(UUID taskId) implements JobRequest {

	@Override
	public Class<RunTaskRequestHandler> getJobRequestHandler() {
		return RunTaskRequestHandler.class;
	}

}
