package com.excellentbanking.server.dashboard;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.server.storage.StorageKey;
import com.excellentbanking.server.task.Task;
import com.excellentbanking.server.task.TaskType;
import com.excellentbanking.server.task.Tasks;

/** Asking for a build, and handing out the built outputs. */
@Service
class DashboardBuilds {

	static final Duration DOWNLOAD_URL_TTL = Duration.ofHours(1);

	private final DashboardRepository dashboards;

	private final Tasks tasks;

	private final BlobStore blobs;

	DashboardBuilds(DashboardRepository dashboards, Tasks tasks, BlobStore blobs) {
		this.dashboards = dashboards;
		this.tasks = tasks;
		this.blobs = blobs;
	}

	/**
	 * Starts a build, or returns the one already queued or running: the row lock makes
	 * concurrent requests for one dashboard take turns, so only one build is ever
	 * started.
	 */
	@Transactional
	ReprocessResponse reprocess(long userId, long id) {
		if (!this.dashboards.lock(userId, id)) {
			throw new DashboardNotFound();
		}
		if (this.dashboards.fileIds(id).isEmpty()) {
			return ReprocessResponse.empty();
		}
		Optional<Task> running = this.tasks.findActive(TaskType.DASHBOARD_BUILD, id);
		if (running.isPresent()) {
			return ReprocessResponse.started(running.get().id());
		}
		UUID taskId = this.tasks.submit(userId, TaskType.DASHBOARD_BUILD, id, null);
		return ReprocessResponse.started(taskId);
	}

	DownloadResponse download(long userId, long id, OutputKind kind) {
		Dashboard dashboard = this.dashboards.find(userId, id).orElseThrow(DashboardNotFound::new);
		if (!dashboard.outputsAvailable()) {
			throw new OutputsNotBuilt();
		}
		StorageKey key = kind.key(id);
		String name = DownloadNames.of(dashboard.name(), kind);
		return new DownloadResponse(this.blobs.presignGet(key, DOWNLOAD_URL_TTL, name).toString());
	}

	/** The combined outputs a dashboard build writes. */
	enum OutputKind {

		MERGED_EXCEL("xlsx", "merged"), SEPARATE_EXCEL("xlsx", "separate"), JSON("json", null), SQLITE("sqlite", null);

		private final String extension;

		private final String suffix;

		OutputKind(String extension, String suffix) {
			this.extension = extension;
			this.suffix = suffix;
		}

		String extension() {
			return this.extension;
		}

		String suffix() {
			return this.suffix;
		}

		StorageKey key(long dashboardId) {
			return switch (this) {
				case MERGED_EXCEL -> DashboardStorageKeys.merged(dashboardId);
				case SEPARATE_EXCEL -> DashboardStorageKeys.separate(dashboardId);
				case JSON -> DashboardStorageKeys.json(dashboardId);
				case SQLITE -> DashboardStorageKeys.sqlite(dashboardId);
			};
		}

	}

}
