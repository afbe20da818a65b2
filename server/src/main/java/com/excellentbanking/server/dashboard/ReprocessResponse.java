package com.excellentbanking.server.dashboard;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The seed's two answers: a started build with its task, or the empty-dashboard message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReprocessResponse(String message, UUID taskId) {

	static ReprocessResponse started(UUID taskId) {
		return new ReprocessResponse("Dashboard build started", taskId);
	}

	static ReprocessResponse empty() {
		return new ReprocessResponse("Dashboard is empty, no files to combine", null);
	}

}
