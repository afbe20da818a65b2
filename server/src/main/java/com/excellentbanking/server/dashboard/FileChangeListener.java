package com.excellentbanking.server.dashboard;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.excellentbanking.server.file.FileContentChanged;
import com.excellentbanking.server.file.FileDeleted;

/**
 * Keeps dashboards honest about their files: runs inside the transaction that changed the
 * file, so a dashboard is marked stale exactly when the change commits.
 */
@Component
class FileChangeListener {

	private final DashboardRepository repository;

	private final Dashboards dashboards;

	private final Clock clock;

	FileChangeListener(DashboardRepository repository, Dashboards dashboards, Clock clock) {
		this.repository = repository;
		this.dashboards = dashboards;
		this.clock = clock;
	}

	@EventListener
	void on(FileContentChanged event) {
		this.repository.markOutdatedContaining(event.fileId(), this.clock.instant());
	}

	@EventListener
	void on(FileDeleted event) {
		this.dashboards.removeDeletedFile(event.fileId());
	}

}
