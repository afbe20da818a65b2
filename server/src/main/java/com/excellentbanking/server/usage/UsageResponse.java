package com.excellentbanking.server.usage;

import java.time.Instant;

record UsageResponse(long id, long fileId, long fileSize, long totalCharacters, int totalPages, long creditsConsumed,
		Instant createdAt) {

}
