package com.excellentbanking.server.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.excellentbanking.server.core.ScratchDirectory;
import com.excellentbanking.server.file.FileCatalog;
import com.excellentbanking.server.file.FileCatalog.FileOutput;
import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.server.task.Task;
import com.excellentbanking.server.task.TaskHandler;
import com.excellentbanking.server.task.TaskProgress;
import com.excellentbanking.server.task.TaskType;
import com.excellentbanking.server.task.Tasks;
import com.excellentbanking.statements.export.CombineSource;
import com.excellentbanking.statements.export.CombinedOutputs;
import com.excellentbanking.statements.model.StatementException;

/**
 * Builds a dashboard's combined outputs from its completed files' normalized JSON outputs
 * (never the original uploads). Everything is rendered to scratch files first; only a
 * build that rendered completely replaces the stored outputs, so a failed build leaves
 * the previous ones downloadable.
 */
@Component
class DashboardBuildHandler implements TaskHandler {

	private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final DashboardRepository dashboards;

	private final FileCatalog files;

	private final BlobStore blobs;

	private final Tasks tasks;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	DashboardBuildHandler(DashboardRepository dashboards, FileCatalog files, BlobStore blobs, Tasks tasks,
			TransactionTemplate transaction, JsonMapper json, Clock clock) {
		this.dashboards = dashboards;
		this.files = files;
		this.blobs = blobs;
		this.tasks = tasks;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public TaskType type() {
		return TaskType.DASHBOARD_BUILD;
	}

	@Override
	public void run(Task task, TaskProgress progress) throws IOException {
		Optional<Dashboard> found = this.dashboards.findById(task.subjectId());
		if (found.isEmpty()) {
			this.tasks.fail(task.id(), error("superseded", "The dashboard was deleted"));
			return;
		}
		Dashboard dashboard = found.get();
		List<FileOutput> outputs = this.files.outputs(dashboard.userId(), this.dashboards.fileIds(dashboard.id()));
		List<FileOutput> completed = outputs.stream().filter(FileOutput::completed).toList();
		List<Long> skipped = outputs.stream().filter((o) -> !o.completed()).map(FileOutput::fileId).toList();
		try (ScratchDirectory scratch = ScratchDirectory.create("eb-dashboard-" + dashboard.id() + "-")) {
			BuildSummary summary;
			try {
				summary = render(completed, scratch, progress);
			}
			catch (StatementException ex) {
				this.tasks.fail(task.id(), error(ex.code().code(), ex.getMessage()));
				return;
			}
			publish(dashboard.id(), scratch);
			progress.report(95);
			record(task, dashboard, summary, skipped);
		}
	}

	@Override
	public void giveUp(Task task, Exception lastFailure) {
		this.tasks.fail(task.id(), error("build_failed", "The dashboard build failed repeatedly; the previous "
				+ "outputs are still available. Please try again later"));
	}

	private BuildSummary render(List<FileOutput> completed, ScratchDirectory scratch, TaskProgress progress)
			throws IOException {
		List<CombineSource> sources = completed.stream()
			.map((file) -> new CombineSource(file.fileId(), file.filename(), () -> this.blobs.open(file.json())))
			.toList();
		try (CombinedOutputs combined = CombinedOutputs.stage(sources, scratch.resolve("combined.sqlite"))) {
			progress.report(50);
			try (OutputStream out = Files.newOutputStream(scratch.resolve("combined_merged.xlsx"))) {
				combined.writeMergedXlsx(out);
			}
			progress.report(65);
			try (OutputStream out = Files.newOutputStream(scratch.resolve("combined_separate.xlsx"))) {
				combined.writeSeparateXlsx(out);
			}
			progress.report(80);
			try (OutputStream out = Files.newOutputStream(scratch.resolve("combined.json"))) {
				combined.writeJson(out);
			}
			return new BuildSummary(combined.fileCount(), combined.transactionCount(), combined.duplicateCount());
		}
	}

	private void publish(long dashboardId, ScratchDirectory scratch) {
		this.blobs.put(DashboardStorageKeys.merged(dashboardId), scratch.resolve("combined_merged.xlsx"), XLSX_TYPE);
		this.blobs.put(DashboardStorageKeys.separate(dashboardId), scratch.resolve("combined_separate.xlsx"),
				XLSX_TYPE);
		this.blobs.put(DashboardStorageKeys.json(dashboardId), scratch.resolve("combined.json"), "application/json");
		this.blobs.put(DashboardStorageKeys.sqlite(dashboardId), scratch.resolve("combined.sqlite"),
				"application/vnd.sqlite3");
	}

	/**
	 * Records the build. Up to date only if nothing changed since the build read the
	 * dashboard. A dashboard deleted meanwhile, or left without files (which has no
	 * outputs, SPEC §5), gets the just-written outputs removed instead.
	 */
	private void record(Task task, Dashboard dashboard, BuildSummary summary, List<Long> skipped) {
		String superseded = this.transaction.execute((status) -> {
			// The row lock orders this against a concurrent delete or file removal.
			if (!this.dashboards.lock(dashboard.userId(), dashboard.id())) {
				return "The dashboard was deleted during the build";
			}
			if (this.dashboards.fileIds(dashboard.id()).isEmpty()) {
				return "Every file was removed from the dashboard during the build";
			}
			boolean upToDate = this.dashboards.recordBuild(dashboard.id(), dashboard.version(), this.clock.instant());
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("dashboard_id", dashboard.id());
			result.put("files_combined", summary.files());
			result.put("skipped_file_ids", skipped);
			result.put("transaction_count", summary.transactions());
			result.put("duplicates_merged", summary.duplicates());
			result.put("up_to_date", upToDate);
			this.tasks.succeed(task.id(), this.json.writeValueAsString(result));
			return null;
		});
		if (superseded != null) {
			DashboardStorageKeys.all(dashboard.id()).forEach(this.blobs::delete);
			this.tasks.fail(task.id(), error("superseded", superseded));
		}
	}

	private String error(String code, String message) {
		return this.json.writeValueAsString(Map.of("code", code, "message", message));
	}

	private record BuildSummary(int files, long transactions, long duplicates) {
	}

}
