package com.excellentbanking.server.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.excellentbanking.server.support.Api;
import com.excellentbanking.server.support.Api.Response;
import com.excellentbanking.server.support.FreePort;
import com.excellentbanking.server.support.PostgresTestDatabase;
import com.excellentbanking.server.support.S3MockServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * SPEC §2: "a crashed job is retried, and no job runs twice at once", proven on the real
 * application in separate JVMs sharing PostgreSQL and S3: one is killed (SIGKILL) in the
 * middle of processing a file, a second one finishes the work exactly once. Also: a task
 * committed but never handed to the job system (a crash between the two) is found and
 * run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIntegrationTest {

	/**
	 * Big enough that reading and writing outputs takes seconds, far below the 50 MB
	 * limit (about 7 MB).
	 */
	private static final int ROWS = 150_000;

	/**
	 * JobRunr declares a job orphaned once it has gone unrefreshed for its server timeout
	 * (poll interval 5 s × multiplicand 4, the smallest it allows), then retries it after
	 * a short back-off.
	 */
	private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(150);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static PostgresTestDatabase database;

	private static Path dataDir;

	private static Path logDir;

	private static final List<ServiceInstance> instances = new ArrayList<>();

	private static ServiceInstance current;

	@BeforeAll
	static void createDatabase() throws IOException {
		// A database of its own: no job server of another test may pick up these jobs.
		database = PostgresTestDatabase.fresh();
		dataDir = Files.createTempDirectory("eb-crash-");
		logDir = Path.of("target", "crash-recovery").toAbsolutePath();
		Files.createDirectories(logDir);
	}

	@AfterAll
	static void killEverything() {
		instances.forEach(ServiceInstance::close);
		if (database != null) {
			database.drop();
		}
	}

	@Test
	@Order(1)
	void aJobKilledWithItsJvmIsRetriedByAnotherInstanceAndChargesOnce() throws Exception {
		ServiceInstance first = startInstance();
		Api firstApi = new Api(first.baseUrl());
		String user = "crash-" + System.nanoTime();
		String token = firstApi.devToken(user);
		long creditsBefore = firstApi.get("/me", token).json().get("credits").asLong();
		byte[] csv = statement(ROWS);
		assertThat(csv.length).isLessThan(50 * 1024 * 1024);

		Response uploaded = firstApi.upload(token, "big.csv", "text/csv", csv);
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
		long fileId = uploaded.json().get("id").asLong();
		Response started = firstApi.post("/files/" + fileId + "/process", token, null);
		assertThat(started.status()).as(started.text()).isEqualTo(200);
		UUID taskId = UUID.fromString(started.json().get("task_id").asString());

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> !"queued".equals(taskStatus(firstApi, token, taskId)));
		first.kill();

		// The kill must have hit the work in flight, or this test proves nothing.
		TaskRow killed = taskRow(taskId);
		if (!killed.status().equals("RUNNING")) {
			fail("The task was " + killed.status() + " when its JVM was killed, not RUNNING: make the file bigger");
		}
		assertThat(killed.attempts()).isEqualTo(1);
		assertThat(fileStatus(fileId)).isEqualTo("PROCESSING");
		assertThat(usageRecords(fileId)).isZero();

		ServiceInstance second = startInstance();
		Api api = new Api(second.baseUrl());
		String again = api.devToken(user);
		await().atMost(RECOVERY_TIMEOUT)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> !taskStatus(api, again, taskId).matches("queued|running"));

		JsonNode task = api.get("/tasks/" + taskId, again).json();
		assertThat(task.get("status").asString()).as(task.toString()).isEqualTo("succeeded");
		assertThat(task.get("progress").asInt()).isEqualTo(100);
		assertThat(taskRow(taskId).attempts()).as("attempts").isEqualTo(2);
		JsonNode file = api.get("/files/" + fileId, again).json();
		assertThat(file.get("status").asString()).isEqualTo("completed");
		assertThat(file.get("transaction_count").asInt()).isEqualTo(ROWS);
		assertThat(file.get("processed_data").get("statements").get(0).get("reconciled").asBoolean()).isTrue();

		List<JsonNode> usage = new ArrayList<>();
		api.get("/usage/?limit=100", again).json().forEach((record) -> {
			if (record.get("file_id").asLong() == fileId) {
				usage.add(record);
			}
		});
		assertThat(usage).hasSize(1);
		long cost = usage.get(0).get("credits_consumed").asLong();
		assertThat(usage.get(0).get("total_characters").asLong()).isEqualTo(csv.length);
		assertThat(cost).isEqualTo((csv.length + 2999) / 3000);
		assertThat(api.get("/me", again).json().get("credits").asLong()).isEqualTo(creditsBefore - cost);

		assertRanOnceOnEachInstanceOneAfterTheOther(taskId);
	}

	@Test
	@Order(2)
	void aTaskCommittedButNeverHandedToTheJobSystemIsSweptUpAndRun() throws Exception {
		ServiceInstance instance = runningInstance();
		Api api = new Api(instance.baseUrl());
		String token = api.devToken("sweep-" + System.nanoTime());
		long userId = api.get("/me", token).json().get("id").asLong();
		byte[] csv = statement(3);
		long fileId = api.upload(token, "lost.csv", "text/csv", csv).json().get("id").asLong();

		// What POST /files/{id}/process commits before it tells the job system, and all a
		// crash right after that commit leaves behind.
		UUID taskId = UUID.randomUUID();
		try (Connection connection = connect()) {
			connection.setAutoCommit(false);
			try (PreparedStatement task = connection
				.prepareStatement("INSERT INTO tasks (id, user_id, type, subject_id, status, progress, attempts, "
						+ "created_at) VALUES (?, ?, 'FILE_PROCESSING', ?, 'QUEUED', 0, 0, ?)");
					PreparedStatement file = connection
						.prepareStatement("UPDATE files SET status = 'PROCESSING', file_size = ?, current_task_id = ?, "
								+ "processed_data = NULL, updated_at = ? WHERE id = ? AND status = 'PENDING'")) {
				Timestamp now = Timestamp.from(Instant.now());
				task.setObject(1, taskId);
				task.setLong(2, userId);
				task.setLong(3, fileId);
				task.setTimestamp(4, now);
				task.executeUpdate();
				file.setLong(1, csv.length);
				file.setObject(2, taskId);
				file.setTimestamp(3, now);
				file.setLong(4, fileId);
				assertThat(file.executeUpdate()).isEqualTo(1);
			}
			connection.commit();
		}

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !taskStatus(api, token, taskId).matches("queued|running"));
		assertThat(api.get("/tasks/" + taskId, token).json().get("status").asString()).isEqualTo("succeeded");
		JsonNode file = api.get("/files/" + fileId, token).json();
		assertThat(file.get("status").asString()).isEqualTo("completed");
		assertThat(file.get("transaction_count").asInt()).isEqualTo(3);
		JsonNode usage = api.get("/usage/", token).json();
		assertThat(usage).hasSize(1);
		assertThat(usage.get(0).get("file_id").asLong()).isEqualTo(fileId);
		assertThat(jobHistory(taskId)).contains("SUCCEEDED");
	}

	/**
	 * JobRunr's own record of the job: processed by the first instance, declared orphaned
	 * (failed) only after it died, then processed by the second; never two processing
	 * states without a failure in between.
	 */
	private static void assertRanOnceOnEachInstanceOneAfterTheOther(UUID taskId) throws SQLException {
		JsonNode history = JSON.readTree(jobJson(taskId)).get("jobHistory");
		StringBuilder timeline = new StringBuilder("Job " + taskId + ":");
		history.forEach((state) -> timeline.append(' ')
			.append(state.get("state").asString())
			.append('@')
			.append(state.get("createdAt").asString()));
		System.out.println(timeline);
		List<String> states = new ArrayList<>();
		List<String> servers = new ArrayList<>();
		String orphaned = null;
		for (JsonNode state : history) {
			states.add(state.get("state").asString());
			if (state.get("state").asString().equals("PROCESSING")) {
				servers.add(state.get("serverId").asString());
			}
			if (state.get("state").asString().equals("FAILED")) {
				orphaned = state.get("exceptionMessage").asString();
			}
		}
		assertThat(servers).as("processing servers in %s", states).hasSize(2).doesNotHaveDuplicates();
		int firstRun = states.indexOf("PROCESSING");
		int secondRun = states.lastIndexOf("PROCESSING");
		assertThat(states.subList(firstRun, secondRun)).as(states.toString()).contains("FAILED");
		assertThat(orphaned).contains("too long in PROCESSING");
		assertThat(states.get(states.size() - 1)).isEqualTo("SUCCEEDED");
	}

	/**
	 * A statement with a running balance that reconciles: ISO dates, one amount column,
	 * exact cents.
	 */
	static byte[] statement(int rows) {
		StringBuilder csv = new StringBuilder(rows * 56).append("Date,Description,Amount,Balance\n");
		LocalDate start = LocalDate.of(2015, 1, 1);
		long balanceCents = 1_000_000;
		long seed = 42;
		for (int i = 0; i < rows; i++) {
			seed = seed * 6364136223846793005L + 1442695040888963407L;
			long amountCents = ((seed >>> 33) % 100_000) - 49_000;
			if (amountCents == 0) {
				amountCents = 1;
			}
			balanceCents += amountCents;
			csv.append(start.plusDays(i / 60))
				.append(",Card payment ")
				.append(i)
				.append(" Shop ")
				.append((char) ('A' + i % 26))
				.append(',')
				.append(money(amountCents))
				.append(',')
				.append(money(balanceCents))
				.append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static String money(long cents) {
		long abs = Math.abs(cents);
		return ((cents < 0) ? "-" : "") + (abs / 100) + "." + String.format("%02d", abs % 100);
	}

	private static ServiceInstance runningInstance() {
		if (current != null && current.isAlive()) {
			return current;
		}
		return startInstance();
	}

	private static ServiceInstance startInstance() {
		S3MockServer s3 = S3MockServer.shared();
		int port = FreePort.find();
		Map<String, String> environment = Map.ofEntries(Map.entry("EB_DATA_DIR", dataDir.toString()),
				Map.entry("EB_PUBLIC_BASE_URL", "http://127.0.0.1:" + port),
				Map.entry("SPRING_DATASOURCE_URL", database.url()),
				Map.entry("SPRING_DATASOURCE_USERNAME", database.user()),
				Map.entry("SPRING_DATASOURCE_PASSWORD", database.password()), Map.entry("EB_STORAGE_TYPE", "s3"),
				Map.entry("EB_S3_ENDPOINT", s3.endpoint().toString()), Map.entry("EB_S3_REGION", S3MockServer.REGION),
				Map.entry("EB_S3_ACCESS_KEY", S3MockServer.ACCESS_KEY),
				Map.entry("EB_S3_SECRET_KEY", S3MockServer.SECRET_KEY),
				Map.entry("EB_S3_BUCKET_UPLOADS", "crash-uploads"), Map.entry("EB_S3_BUCKET_EXCEL", "crash-excel"),
				Map.entry("EB_S3_BUCKET_JSON", "crash-json"), Map.entry("EB_S3_BUCKET_SQLITE", "crash-sqlite"),
				Map.entry("EB_AUTH_MODE", "dev"), Map.entry("EB_INITIAL_CREDITS", "1000000"));
		// The sweeper's production grace (2 min) and period (1 min) would make the test
		// wait minutes; the behaviour under test is the same.
		List<String> arguments = List.of("--eb.tasks.sweep-grace=PT5S", "--eb.tasks.sweep-interval=PT2S");
		ServiceInstance instance = ServiceInstance.start(port, environment, arguments,
				logDir.resolve("instance-" + (instances.size() + 1) + ".log"));
		instances.add(instance);
		current = instance;
		return instance;
	}

	private static String taskStatus(Api api, String token, UUID taskId) {
		Response response = api.get("/tasks/" + taskId, token);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.json().get("status").asString();
	}

	private record TaskRow(String status, int attempts) {

	}

	private static TaskRow taskRow(UUID taskId) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement query = connection
					.prepareStatement("SELECT status, attempts FROM tasks WHERE id = ?")) {
			query.setObject(1, taskId);
			try (ResultSet rs = query.executeQuery()) {
				assertThat(rs.next()).as("task %s exists", taskId).isTrue();
				return new TaskRow(rs.getString(1), rs.getInt(2));
			}
		}
	}

	private static String fileStatus(long fileId) throws SQLException {
		return queryString("SELECT status FROM files WHERE id = ?", fileId);
	}

	private static long usageRecords(long fileId) throws SQLException {
		return Long.parseLong(queryString("SELECT COUNT(*) FROM usage_records WHERE file_id = ?", fileId));
	}

	private static String jobJson(UUID taskId) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement query = connection
					.prepareStatement("SELECT jobasjson FROM jobrunr_jobs WHERE id = ?")) {
			query.setString(1, taskId.toString());
			try (ResultSet rs = query.executeQuery()) {
				assertThat(rs.next()).as("JobRunr knows job %s", taskId).isTrue();
				return rs.getString(1);
			}
		}
	}

	private static List<String> jobHistory(UUID taskId) throws SQLException {
		List<String> states = new ArrayList<>();
		JSON.readTree(jobJson(taskId)).get("jobHistory").forEach((state) -> states.add(state.get("state").asString()));
		return states;
	}

	private static String queryString(String sql, long id) throws SQLException {
		try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
			query.setLong(1, id);
			try (ResultSet rs = query.executeQuery()) {
				assertThat(rs.next()).isTrue();
				return rs.getString(1);
			}
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(database.url(), database.user(), database.password());
	}

}
