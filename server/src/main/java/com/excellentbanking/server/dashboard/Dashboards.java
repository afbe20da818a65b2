package com.excellentbanking.server.dashboard;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.excellentbanking.server.file.FileCatalog;
import com.excellentbanking.server.file.FileResponse;
import com.excellentbanking.server.storage.BlobsAfterCommit;

/** Creating, changing and deleting dashboards and their file sets (seed routes). */
@Service
class Dashboards {

	private final DashboardRepository dashboards;

	private final FileCatalog files;

	private final BlobsAfterCommit blobs;

	private final Clock clock;

	Dashboards(DashboardRepository dashboards, FileCatalog files, BlobsAfterCommit blobs, Clock clock) {
		this.dashboards = dashboards;
		this.files = files;
		this.blobs = blobs;
		this.clock = clock;
	}

	@Transactional
	DashboardResponse create(long userId, CreateDashboardRequest request) {
		long id = this.dashboards.insert(userId, request.name().strip(), request.description(), this.clock.instant());
		return get(userId, id);
	}

	DashboardResponse get(long userId, long id) {
		return DashboardResponse.of(require(userId, id));
	}

	List<DashboardResponse> list(long userId, int skip, int limit) {
		return this.dashboards.list(userId, skip, limit).stream().map(DashboardResponse::of).toList();
	}

	@Transactional
	DashboardResponse update(long userId, long id, UpdateDashboardRequest request) {
		require(userId, id);
		String name = (request.name() != null) ? request.name().strip() : null;
		this.dashboards.rename(id, name, request.description(), this.clock.instant());
		return get(userId, id);
	}

	@Transactional
	void delete(long userId, long id) {
		require(userId, id);
		this.dashboards.delete(userId, id);
		deleteOutputsAfterCommit(id);
	}

	@Transactional
	int addFiles(long userId, long id, List<Long> fileIds) {
		require(userId, id);
		List<Long> missing = this.files.missing(userId, fileIds);
		if (!missing.isEmpty()) {
			throw new FilesNotFound(missing);
		}
		int added = this.dashboards.addFiles(id, fileIds.stream().distinct().toList(), this.clock.instant());
		if (added > 0) {
			this.dashboards.markOutdated(id, false, this.clock.instant());
		}
		return added;
	}

	@Transactional
	int removeFiles(long userId, long id, List<Long> fileIds) {
		require(userId, id);
		int removed = this.dashboards.removeFiles(id, fileIds.stream().distinct().toList());
		if (removed > 0) {
			markChanged(id);
		}
		return removed;
	}

	/**
	 * A deleted file leaves every dashboard it was in; joins the deleting transaction.
	 */
	@Transactional
	void removeDeletedFile(long fileId) {
		for (long id : this.dashboards.dashboardsContaining(fileId)) {
			this.dashboards.removeFiles(id, List.of(fileId));
			markChanged(id);
		}
	}

	/**
	 * A dashboard whose set of files changed is stale; one left empty also loses its
	 * outputs.
	 */
	private void markChanged(long id) {
		boolean empty = this.dashboards.fileIds(id).isEmpty();
		this.dashboards.markOutdated(id, empty, this.clock.instant());
		if (empty) {
			deleteOutputsAfterCommit(id);
		}
	}

	List<FileResponse> files(long userId, long id) {
		require(userId, id);
		return this.files.describe(userId, this.dashboards.fileIds(id));
	}

	Dashboard require(long userId, long id) {
		return this.dashboards.find(userId, id).orElseThrow(DashboardNotFound::new);
	}

	private void deleteOutputsAfterCommit(long dashboardId) {
		this.blobs.delete(DashboardStorageKeys.all(dashboardId));
	}

}
