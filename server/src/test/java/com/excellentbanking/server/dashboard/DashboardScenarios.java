package com.excellentbanking.server.dashboard;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.server.storage.Bucket;
import com.excellentbanking.server.storage.StorageKey;
import com.excellentbanking.server.support.Api.Response;
import com.excellentbanking.server.support.TwoUserScenario;
import com.excellentbanking.server.task.Task;
import com.excellentbanking.server.task.TaskStatus;
import com.excellentbanking.server.task.TaskType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dashboards API read route by route from the seed page, and the combined outputs
 * opened and checked. Subclasses run it on a given database and store.
 */
abstract class DashboardScenarios extends TwoUserScenario {

	/** January of one account: opening 1000.00. */
	static final String JANUARY = """
			Date,Description,Amount,Balance,IBAN
			02/01/2026,Coffee Shop,-3.50,996.50,DE89370400440532013000
			15/01/2026,Salary ACME,1500.00,2496.50,DE89370400440532013000
			28/01/2026,Rent,-800.00,1696.50,DE89370400440532013000
			""";

	/** Overlaps January by one transaction (the rent), then goes on into February. */
	static final String FEBRUARY = """
			Date,Description,Amount,Balance,IBAN
			28/01/2026,Rent,-800.00,1696.50,DE89370400440532013000
			03/02/2026,Books,-25.10,1671.40,DE89370400440532013000
			15/02/2026,Salary ACME,1500.00,3171.40,DE89370400440532013000
			""";

	@Autowired
	DashboardBuildHandler buildHandler;

	@Autowired
	Dashboards dashboards;

	@Autowired
	BlobStore blobs;

	@Test
	void seedRoutesCreateListGetPatchDelete() {
		Response created = this.api.post("/dashboards/", this.alice,
				Map.of("name", "Q1 2026 Statements", "description", "All bank statements from January to March 2026"));
		assertThat(created.status()).isEqualTo(200);
		JsonNode dashboard = created.json();
		long id = dashboard.get("id").asLong();
		assertThat(dashboard.get("name").asString()).isEqualTo("Q1 2026 Statements");
		assertThat(dashboard.get("description").asString()).isEqualTo("All bank statements from January to March 2026");
		assertThat(dashboard.get("status").asString()).isEqualTo("new");
		assertThat(dashboard.get("file_count").asInt()).isZero();
		assertThat(dashboard.get("last_built_at").isNull()).isTrue();
		assertThat(dashboard.get("created_at").asString()).endsWith("Z");
		assertThat(dashboard.get("user_id").asLong())
			.isEqualTo(this.api.get("/me", this.alice).json().get("id").asLong());

		this.api.post("/dashboards", this.alice, Map.of("name", "Second"));
		JsonNode list = this.api.get("/dashboards/?limit=10", this.alice).json();
		assertThat(list).hasSize(2);
		assertThat(list.get(0).get("name").asString()).isEqualTo("Second");
		assertThat(this.api.get("/dashboards/?limit=1", this.alice).json()).hasSize(1);
		assertThat(this.api.get("/dashboards/?skip=1", this.alice).json().get(0).get("id").asLong()).isEqualTo(id);
		assertThat(this.api.get("/dashboards/?limit=101", this.alice).status()).isEqualTo(422);
		assertThat(this.api.get("/dashboards/?skip=-1", this.alice).status()).isEqualTo(422);

		assertThat(this.api.get("/dashboards/" + id, this.alice).json().get("id").asLong()).isEqualTo(id);
		JsonNode renamed = this.api.patch("/dashboards/" + id, this.alice, Map.of("name", "Q1 Financials")).json();
		assertThat(renamed.get("name").asString()).isEqualTo("Q1 Financials");
		assertThat(renamed.get("description").asString()).startsWith("All bank statements");
		JsonNode described = this.api
			.patch("/dashboards/" + id, this.alice, Map.of("description", "Updated description"))
			.json();
		assertThat(described.get("name").asString()).isEqualTo("Q1 Financials");
		assertThat(described.get("description").asString()).isEqualTo("Updated description");

		Response deleted = this.api.delete("/dashboards/" + id, this.alice);
		assertThat(deleted.json().get("message").asString()).isEqualTo("Dashboard deleted successfully");
		assertThat(this.api.get("/dashboards/" + id, this.alice).status()).isEqualTo(404);
	}

	@Test
	void validationAndOwnership() {
		assertThat(this.api.post("/dashboards/", this.alice, Map.of()).status()).isEqualTo(422);
		assertThat(this.api.post("/dashboards/", this.alice, Map.of("name", "")).status()).isEqualTo(422);
		assertThat(this.api.post("/dashboards/", this.alice, Map.of("name", "n".repeat(256))).status()).isEqualTo(422);
		assertThat(this.api.post("/dashboards/", this.alice, Map.of("name", "ok", "description", "d".repeat(2001)))
			.status()).isEqualTo(422);
		assertThat(this.api.post("/dashboards/", this.alice, "{\"name\": 12,").status()).isEqualTo(422);
		long id = this.api.post("/dashboards/", this.alice, Map.of("name", "Mine")).json().get("id").asLong();
		assertThat(this.api.patch("/dashboards/" + id, this.alice, Map.of("name", " ")).status()).isEqualTo(422);
		assertThat(this.api.post("/dashboards/" + id + "/files", this.alice, Map.of("file_ids", "x")).status())
			.isEqualTo(422);
		List<Long> tooMany = new ArrayList<>();
		for (long i = 0; i < 1001; i++) {
			tooMany.add(i);
		}
		assertThat(this.api.post("/dashboards/" + id + "/files", this.alice, Map.of("file_ids", tooMany)).status())
			.isEqualTo(422);
		assertThat(this.api.get("/dashboards/" + id + "/download-excel?mode=pivot", this.alice).status())
			.isEqualTo(422);

		for (String route : List.of("", "/files", "/download-excel", "/download-json", "/download-sqlite")) {
			assertThat(this.api.get("/dashboards/" + id + route, this.bob).status()).as(route).isEqualTo(404);
		}
		assertThat(this.api.patch("/dashboards/" + id, this.bob, Map.of("name", "Stolen")).status()).isEqualTo(404);
		assertThat(this.api.post("/dashboards/" + id + "/reprocess", this.bob, null).status()).isEqualTo(404);
		assertThat(this.api.post("/dashboards/" + id + "/files", this.bob, Map.of("file_ids", List.of())).status())
			.isEqualTo(404);
		assertThat(this.api.delete("/dashboards/" + id + "/files", this.bob, Map.of("file_ids", List.of())).status())
			.isEqualTo(404);
		assertThat(this.api.delete("/dashboards/" + id, this.bob).status()).isEqualTo(404);
		assertThat(this.api.get("/dashboards/" + id, this.alice).json().get("name").asString()).isEqualTo("Mine");
		assertThat(this.api.get("/dashboards/999999999", this.alice).status()).isEqualTo(404);
	}

	@Test
	void addingAndRemovingFilesDrivesTheStatus() {
		long id = this.api.post("/dashboards/", this.alice, Map.of("name", "Files")).json().get("id").asLong();
		long january = upload(this.alice, "january.csv", JANUARY);
		long february = upload(this.alice, "february.csv", FEBRUARY);
		long bobs = upload(this.bob, "bob.csv", JANUARY);

		Response foreign = this.api.post("/dashboards/" + id + "/files", this.alice,
				Map.of("file_ids", List.of(january, bobs, 987654321L)));
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.json().get("detail").asString()).contains(Long.toString(bobs)).contains("987654321");
		assertThat(this.api.get("/dashboards/" + id, this.alice).json().get("status").asString()).isEqualTo("new");
		assertThat(this.api.get("/dashboards/" + id + "/files", this.alice).json()).isEmpty();

		Response added = this.api.post("/dashboards/" + id + "/files", this.alice,
				Map.of("file_ids", List.of(january, february, january)));
		assertThat(added.json().get("message").asString()).isEqualTo("Added 2 files to dashboard");
		JsonNode dashboard = this.api.get("/dashboards/" + id, this.alice).json();
		assertThat(dashboard.get("status").asString()).isEqualTo("outdated");
		assertThat(dashboard.get("file_count").asInt()).isEqualTo(2);
		assertThat(this.api.post("/dashboards/" + id + "/files", this.alice, Map.of("file_ids", List.of(january)))
			.json()
			.get("message")
			.asString()).isEqualTo("Added 0 files to dashboard");
		JsonNode files = this.api.get("/dashboards/" + id + "/files", this.alice).json();
		assertThat(files).hasSize(2);
		assertThat(files.get(0).get("filename").asString()).isEqualTo("january.csv");
		assertThat(files.get(0).has("processed_data")).isTrue();

		assertThat(this.api.get("/dashboards/" + id + "/download-excel", this.alice).status()).isEqualTo(404);
		Response removed = this.api.delete("/dashboards/" + id + "/files", this.alice,
				Map.of("file_ids", List.of(february, 5555555L)));
		assertThat(removed.json().get("message").asString()).isEqualTo("Removed 1 files from dashboard");
		this.api.delete("/dashboards/" + id + "/files", this.alice, Map.of("file_ids", List.of(january)));
		assertThat(this.api.get("/dashboards/" + id, this.alice).json().get("status").asString()).isEqualTo("outdated");
		Response empty = this.api.post("/dashboards/" + id + "/reprocess", this.alice, null);
		assertThat(empty.json().get("message").asString()).isEqualTo("Dashboard is empty, no files to combine");
		assertThat(empty.json().has("task_id")).isFalse();
		assertThat(this.api.get("/files/" + january, this.alice).status()).isEqualTo(200);
	}

	@Test
	void buildCombinesDeduplicatesAndSummarises() throws Exception {
		long january = process(upload(this.alice, "january.csv", JANUARY));
		long february = process(upload(this.alice, "february.csv", FEBRUARY));
		long pending = upload(this.alice, "pending.csv", JANUARY);
		long id = this.api.post("/dashboards/", this.alice, Map.of("name", "Q1")).json().get("id").asLong();
		this.api.post("/dashboards/" + id + "/files", this.alice,
				Map.of("file_ids", List.of(january, february, pending)));

		JsonNode task = build(id, "succeeded");
		assertThat(task.get("type").asString()).isEqualTo("dashboard_build");
		assertThat(task.get("result").get("files_combined").asInt()).isEqualTo(2);
		assertThat(task.get("result").get("skipped_file_ids").get(0).asLong()).isEqualTo(pending);
		assertThat(task.get("result").get("duplicates_merged").asLong()).isEqualTo(1);
		JsonNode dashboard = this.api.get("/dashboards/" + id, this.alice).json();
		assertThat(dashboard.get("status").asString()).isEqualTo("up_to_date");
		assertThat(dashboard.get("last_built_at").asString()).endsWith("Z");

		try (ReadableWorkbook merged = workbook(download(id, "download-excel?mode=merged"))) {
			List<String> sheets = merged.getSheets().map(Sheet::getName).toList();
			assertThat(sheets).containsExactly("Transactions", "Summary");
			List<Row> rows = merged.getFirstSheet().read();
			List<String> header = new ArrayList<>();
			rows.get(0).forEach((cell) -> header.add(cell.asString()));
			assertThat(header).contains("File");
			assertThat(rows).hasSize(1 + 5);
			LocalDateTime previous = LocalDateTime.MIN;
			BigDecimal sum = BigDecimal.ZERO;
			int amountColumn = header.indexOf("Amount");
			int dateColumn = header.indexOf("Date");
			for (Row row : rows.subList(1, rows.size())) {
				LocalDateTime date = row.getCellAsDate(dateColumn).orElseThrow();
				assertThat(date).isAfterOrEqualTo(previous);
				previous = date;
				sum = sum.add(row.getCellAsNumber(amountColumn).orElseThrow());
			}
			assertThat(sum).isEqualByComparingTo(new BigDecimal("-3.50").add(new BigDecimal("1500.00"))
				.add(new BigDecimal("-800.00"))
				.add(new BigDecimal("-25.10"))
				.add(new BigDecimal("1500.00")));
		}
		try (ReadableWorkbook separate = workbook(download(id, "download-excel?mode=separate"))) {
			List<String> sheets = separate.getSheets().map(Sheet::getName).toList();
			assertThat(sheets).hasSize(3).contains("Summary");
			assertThat(sheets).allMatch((name) -> name.length() <= 31);
			assertThat(sheets.stream().distinct()).hasSize(3);
		}
		JsonNode json = new tools.jackson.databind.json.JsonMapper().readTree(download(id, "download-json"));
		assertThat(json.toString()).contains("Books").contains("Salary ACME");
		Path sqlite = this.scratch.resolve("combined.sqlite");
		Files.write(sqlite, download(id, "download-sqlite"));
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + sqlite);
				ResultSet rs = connection.createStatement()
					.executeQuery("SELECT COUNT(*), COUNT(DISTINCT file_id) FROM transactions")) {
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(6);
			assertThat(rs.getInt(2)).isEqualTo(2);
		}

		process(january);
		assertThat(this.api.get("/dashboards/" + id, this.alice).json().get("status").asString()).isEqualTo("outdated");
		build(id, "succeeded");
		this.api.delete("/files/" + february, this.alice);
		JsonNode afterDelete = this.api.get("/dashboards/" + id, this.alice).json();
		assertThat(afterDelete.get("status").asString()).isEqualTo("outdated");
		assertThat(afterDelete.get("file_count").asInt()).isEqualTo(2);
	}

	@Test
	void concurrentReprocessCallsShareOneBuild() throws Exception {
		long january = process(upload(this.alice, "january.csv", JANUARY));
		long id = this.api.post("/dashboards/", this.alice, Map.of("name", "Busy")).json().get("id").asLong();
		this.api.post("/dashboards/" + id + "/files", this.alice, Map.of("file_ids", List.of(january)));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(() -> this.api.post("/dashboards/" + id + "/reprocess", this.alice, null)
					.json()
					.get("task_id")
					.asString());
			}
			List<String> taskIds = new ArrayList<>();
			for (Future<String> future : pool.invokeAll(calls)) {
				taskIds.add(future.get());
			}
			assertThat(taskIds.stream().distinct()).hasSize(1);
			awaitTask(taskIds.get(0), "succeeded");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aChangeDuringTheBuildLeavesTheDashboardOutdated() throws Exception {
		long january = process(upload(this.alice, "january.csv", JANUARY));
		long february = process(upload(this.alice, "february.csv", FEBRUARY));
		long id = this.api.post("/dashboards/", this.alice, Map.of("name", "Race")).json().get("id").asLong();
		this.api.post("/dashboards/" + id + "/files", this.alice, Map.of("file_ids", List.of(january)));
		long userId = this.api.get("/me", this.alice).json().get("id").asLong();
		buildWhile(userId, id, () -> this.dashboards.addFiles(userId, id, List.of(february)));
		JsonNode dashboard = this.api.get("/dashboards/" + id, this.alice).json();
		assertThat(dashboard.get("status").asString()).isEqualTo("outdated");
		assertThat(dashboard.get("last_built_at").isNull()).isFalse();
		assertThat(this.api.get("/dashboards/" + id + "/download-excel", this.alice).status()).isEqualTo(200);
	}

	@Test
	void removingTheLastFileDuringTheBuildLeavesNoOutputs() throws Exception {
		long january = process(upload(this.alice, "january.csv", JANUARY));
		long id = this.api.post("/dashboards/", this.alice, Map.of("name", "Emptied")).json().get("id").asLong();
		this.api.post("/dashboards/" + id + "/files", this.alice, Map.of("file_ids", List.of(january)));
		long userId = this.api.get("/me", this.alice).json().get("id").asLong();
		buildWhile(userId, id, () -> this.dashboards.removeFiles(userId, id, List.of(january)));
		JsonNode dashboard = this.api.get("/dashboards/" + id, this.alice).json();
		assertThat(dashboard.get("status").asString()).isEqualTo("outdated");
		assertThat(dashboard.get("file_count").asInt()).isZero();
		assertThat(this.api.get("/dashboards/" + id + "/download-excel", this.alice).status()).isEqualTo(404);
		assertThat(this.blobs.stat(new StorageKey(Bucket.JSON, "dashboard_id=" + id + "/combined.json"))).isEmpty();
	}

	@Test
	void aFailedBuildIsVisibleAndKeepsThePreviousOutputs() throws Exception {
		long january = process(upload(this.alice, "january.csv", JANUARY));
		long id = this.api.post("/dashboards/", this.alice, Map.of("name", "Fragile")).json().get("id").asLong();
		this.api.post("/dashboards/" + id + "/files", this.alice, Map.of("file_ids", List.of(january)));
		build(id, "succeeded");
		byte[] before = download(id, "download-excel");

		long userId = this.api.get("/me", this.alice).json().get("id").asLong();
		byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
		this.blobs.put(new StorageKey(Bucket.JSON, "user_id=" + userId + "/file_id=" + january + "/statement.json"),
				new ByteArrayInputStream(garbage), garbage.length, "application/json");
		this.api.patch("/dashboards/" + id, this.alice, Map.of("name", "Fragile 2"));
		JsonNode failed = build(id, "failed");
		assertThat(failed.get("error").get("code").asString()).isEqualTo("corrupt_file");
		assertThat(download(id, "download-excel")).isEqualTo(before);
	}

	/**
	 * Runs a build of the dashboard in this thread and makes {@code change} while it is
	 * under way (at its first progress report, after it has read the dashboard).
	 */
	private void buildWhile(long userId, long dashboardId, Runnable change) throws Exception {
		Task task = new Task(UUID.randomUUID(), userId, TaskType.DASHBOARD_BUILD, dashboardId, TaskStatus.RUNNING, 0, 1,
				null, null, null, java.time.Instant.now(), null, null);
		boolean[] changed = { false };
		this.buildHandler.run(task, (percent) -> {
			if (!changed[0]) {
				changed[0] = true;
				change.run();
			}
		});
		assertThat(changed[0]).as("the change was made during the build").isTrue();
	}

	long upload(String token, String name, String csv) {
		Response uploaded = this.api.upload(token, name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
		return uploaded.json().get("id").asLong();
	}

	long process(long fileId) {
		Response started = this.api.post("/files/" + fileId + "/process", this.alice, null);
		assertThat(started.status()).as(started.text()).isEqualTo(200);
		awaitTask(started.json().get("task_id").asString(), "succeeded");
		return fileId;
	}

	JsonNode build(long dashboardId, String expectedStatus) {
		Response started = this.api.post("/dashboards/" + dashboardId + "/reprocess", this.alice, null);
		assertThat(started.status()).as(started.text()).isEqualTo(200);
		assertThat(started.json().get("message").asString()).isEqualTo("Dashboard build started");
		return awaitTask(started.json().get("task_id").asString(), expectedStatus);
	}

	byte[] download(long dashboardId, String route) {
		Response link = this.api.get("/dashboards/" + dashboardId + "/" + route, this.alice);
		assertThat(link.status()).as(link.text()).isEqualTo(200);
		Response blob = this.api.getUrl(link.json().get("download_url").asString());
		assertThat(blob.status()).isEqualTo(200);
		return blob.body();
	}

	static ReadableWorkbook workbook(byte[] xlsx) throws java.io.IOException {
		return new ReadableWorkbook(new ByteArrayInputStream(xlsx));
	}

}
