package com.excellentbanking.server.dashboard;

import java.time.Instant;

/**
 * The seed's DashboardResponse plus {@code file_count} and {@code last_built_at} (SPEC
 * §5).
 */
record DashboardResponse(long id, String name, String description, long userId, String status, Instant createdAt,
		Instant updatedAt, int fileCount, Instant lastBuiltAt) {

	static DashboardResponse of(Dashboard dashboard) {
		return new DashboardResponse(dashboard.id(), dashboard.name(), dashboard.description(), dashboard.userId(),
				dashboard.status().code(), dashboard.createdAt(), dashboard.updatedAt(), dashboard.fileCount(),
				dashboard.lastBuiltAt());
	}

}
