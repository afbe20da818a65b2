package com.excellentbanking.server.dashboard;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.excellentbanking.server.dashboard.DashboardBuilds.OutputKind;
import com.excellentbanking.server.file.FileResponse;
import com.excellentbanking.server.user.AuthenticatedUser;

/** The Dashboards API, route by route as the seed page describes it. */
@RestController
class DashboardController {

	private final Dashboards dashboards;

	private final DashboardBuilds builds;

	DashboardController(Dashboards dashboards, DashboardBuilds builds) {
		this.dashboards = dashboards;
		this.builds = builds;
	}

	@PostMapping({ "/dashboards", "/dashboards/" })
	DashboardResponse create(AuthenticatedUser user, @Valid @RequestBody CreateDashboardRequest request) {
		return this.dashboards.create(user.id(), request);
	}

	@GetMapping({ "/dashboards", "/dashboards/" })
	List<DashboardResponse> list(AuthenticatedUser user, @RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.dashboards.list(user.id(), skip, limit);
	}

	@GetMapping("/dashboards/{dashboard_id}")
	DashboardResponse get(AuthenticatedUser user, @PathVariable("dashboard_id") long id) {
		return this.dashboards.get(user.id(), id);
	}

	@PatchMapping("/dashboards/{dashboard_id}")
	DashboardResponse update(AuthenticatedUser user, @PathVariable("dashboard_id") long id,
			@Valid @RequestBody UpdateDashboardRequest request) {
		return this.dashboards.update(user.id(), id, request);
	}

	@DeleteMapping("/dashboards/{dashboard_id}")
	MessageResponse delete(AuthenticatedUser user, @PathVariable("dashboard_id") long id) {
		this.dashboards.delete(user.id(), id);
		return new MessageResponse("Dashboard deleted successfully");
	}

	@PostMapping("/dashboards/{dashboard_id}/files")
	MessageResponse addFiles(AuthenticatedUser user, @PathVariable("dashboard_id") long id,
			@Valid @RequestBody FileIdsRequest request) {
		int added = this.dashboards.addFiles(user.id(), id, request.fileIds());
		return new MessageResponse("Added " + added + " files to dashboard");
	}

	@DeleteMapping("/dashboards/{dashboard_id}/files")
	MessageResponse removeFiles(AuthenticatedUser user, @PathVariable("dashboard_id") long id,
			@Valid @RequestBody FileIdsRequest request) {
		int removed = this.dashboards.removeFiles(user.id(), id, request.fileIds());
		return new MessageResponse("Removed " + removed + " files from dashboard");
	}

	@GetMapping("/dashboards/{dashboard_id}/files")
	List<FileResponse> files(AuthenticatedUser user, @PathVariable("dashboard_id") long id) {
		return this.dashboards.files(user.id(), id);
	}

	@PostMapping("/dashboards/{dashboard_id}/reprocess")
	ReprocessResponse reprocess(AuthenticatedUser user, @PathVariable("dashboard_id") long id) {
		return this.builds.reprocess(user.id(), id);
	}

	@GetMapping("/dashboards/{dashboard_id}/download-excel")
	DownloadResponse downloadExcel(AuthenticatedUser user, @PathVariable("dashboard_id") long id,
			@RequestParam(defaultValue = "merged") @Pattern(regexp = "merged|separate",
					message = "Input should be 'merged' or 'separate'") String mode) {
		OutputKind kind = mode.equals("separate") ? OutputKind.SEPARATE_EXCEL : OutputKind.MERGED_EXCEL;
		return this.builds.download(user.id(), id, kind);
	}

	@GetMapping("/dashboards/{dashboard_id}/download-json")
	DownloadResponse downloadJson(AuthenticatedUser user, @PathVariable("dashboard_id") long id) {
		return this.builds.download(user.id(), id, OutputKind.JSON);
	}

	@GetMapping("/dashboards/{dashboard_id}/download-sqlite")
	DownloadResponse downloadSqlite(AuthenticatedUser user, @PathVariable("dashboard_id") long id) {
		return this.builds.download(user.id(), id, OutputKind.SQLITE);
	}

}
