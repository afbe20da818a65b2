package com.excellentbanking.server.dashboard;

import java.time.Instant;

/** A user's group of files and the state of its combined outputs. */
record Dashboard(long id, long userId, String name, String description, DashboardStatus status, long version,
		boolean outputsAvailable, int fileCount, Instant lastBuiltAt, Instant createdAt, Instant updatedAt) {

}
