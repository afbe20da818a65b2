package com.excellentbanking.server.task;

import java.time.Instant;
import java.util.UUID;

/**
 * A unit of background work. {@code subjectId} is the file or dashboard it works on;
 * {@code result} and {@code error} are JSON documents once it has ended.
 */
public record Task(UUID id, long userId, TaskType type, long subjectId, TaskStatus status, int progress, int attempts,
		String secret, String result, String error, Instant createdAt, Instant startedAt, Instant finishedAt) {

}
