package com.excellentbanking.server.task;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** SPEC §7: a task as its owner sees it. {@code result} and {@code error} are JSON. */
record TaskResponse(UUID taskId, String type, String status, int progress, @JsonRawValue String result,
		@JsonRawValue String error, Instant createdAt, Instant startedAt, Instant finishedAt) {

	static TaskResponse of(Task task) {
		return new TaskResponse(task.id(), task.type().code(), task.status().code(), task.progress(), task.result(),
				task.error(), task.createdAt(), task.startedAt(), task.finishedAt());
	}

}
