package com.excellentbanking.server.usage;

import java.time.Instant;
import java.util.UUID;

/** What one successful processing run consumed. {@code taskId} identifies the run. */
public record UsageRecord(long userId, long fileId, UUID taskId, long fileSize, long totalCharacters, int totalPages,
		long creditsConsumed, Instant createdAt) {

}
