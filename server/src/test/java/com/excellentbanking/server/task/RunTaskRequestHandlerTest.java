package com.excellentbanking.server.task;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.Driver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a task's attempts end, on the real task table (embedded database, the service's
 * migrations). An attempt that dies with its JVM leaves only its claim behind, which is
 * what {@link TaskRepository#claim} is called for here.
 */
class RunTaskRequestHandlerTest {

	private final Clock clock = Clock.systemUTC();

	private final RecordingHandler handler = new RecordingHandler();

	private TaskRepository repository;

	private RunTaskRequestHandler runner;

	private long userId;

	@BeforeEach
	void setUp() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new Driver(),
				"jdbc:h2:mem:tasks-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("INSERT INTO users (clerk_user_id, credits, created_at, updated_at) VALUES ('u1', 10, ?, ?)")
			.params(now, now)
			.update();
		this.userId = jdbc.sql("SELECT id FROM users").query(Long.class).single();
		this.repository = new TaskRepository(jdbc);
		this.runner = new RunTaskRequestHandler(this.repository, List.of(this.handler), this.clock);
	}

	@Test
	void aTaskWhoseAttemptsAllDiedIsGivenUpOnTheJobSystemsLastRunInsteadOfRunningForever() throws Exception {
		UUID id = queuedTask();
		for (int died = 0; died < RunTaskRequestHandler.MAX_ATTEMPTS; died++) {
			this.repository.claim(id, this.clock.instant());
		}

		this.runner.run(new RunTaskRequest(id));

		assertThat(this.handler.ran).isEmpty();
		assertThat(this.handler.gaveUp).containsExactly(id);
		assertThat(this.repository.find(id).orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
	}

	@Test
	void aTaskWithAttemptsLeftAfterACrashRunsAgain() throws Exception {
		UUID id = queuedTask();
		for (int died = 0; died < RunTaskRequestHandler.MAX_ATTEMPTS - 1; died++) {
			this.repository.claim(id, this.clock.instant());
		}

		this.runner.run(new RunTaskRequest(id));

		assertThat(this.handler.ran).containsExactly(id);
		assertThat(this.handler.gaveUp).isEmpty();
		Task task = this.repository.find(id).orElseThrow();
		assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
		assertThat(task.attempts()).isEqualTo(RunTaskRequestHandler.MAX_ATTEMPTS);
	}

	@Test
	void aFailingAttemptIsRetriedUntilTheLastOneGivesUp() throws Exception {
		UUID id = queuedTask();
		this.handler.failWith = new IllegalStateException("storage down");
		for (int attempt = 1; attempt < RunTaskRequestHandler.MAX_ATTEMPTS; attempt++) {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> this.runner.run(new RunTaskRequest(id)));
			assertThat(this.repository.find(id).orElseThrow().status()).isEqualTo(TaskStatus.RUNNING);
		}

		this.runner.run(new RunTaskRequest(id));

		assertThat(this.handler.ran).hasSize(RunTaskRequestHandler.MAX_ATTEMPTS);
		assertThat(this.handler.gaveUp).containsExactly(id);
		assertThat(this.repository.find(id).orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
	}

	@Test
	void anEndedTaskIsNotRunAgain() throws Exception {
		UUID id = queuedTask();
		this.runner.run(new RunTaskRequest(id));

		this.runner.run(new RunTaskRequest(id));

		assertThat(this.handler.ran).containsExactly(id);
		assertThat(this.repository.find(id).orElseThrow().attempts()).isEqualTo(1);
	}

	private UUID queuedTask() {
		UUID id = UUID.randomUUID();
		this.repository.insert(new Task(id, this.userId, TaskType.FILE_PROCESSING, 7, TaskStatus.QUEUED, 0, 0, null,
				null, null, this.clock.instant(), null, null));
		return id;
	}

	/**
	 * Ends tasks the way real handlers do, through the repository, and notes each call.
	 */
	private final class RecordingHandler implements TaskHandler {

		final List<UUID> ran = new ArrayList<>();

		final List<UUID> gaveUp = new ArrayList<>();

		Exception failWith;

		@Override
		public TaskType type() {
			return TaskType.FILE_PROCESSING;
		}

		@Override
		public void run(Task task, TaskProgress progress) throws Exception {
			this.ran.add(task.id());
			if (this.failWith != null) {
				throw this.failWith;
			}
			RunTaskRequestHandlerTest.this.repository.finish(task.id(), TaskStatus.SUCCEEDED, "{}", null,
					Instant.now());
		}

		@Override
		public void giveUp(Task task, Exception lastFailure) {
			this.gaveUp.add(task.id());
			RunTaskRequestHandlerTest.this.repository.finish(task.id(), TaskStatus.FAILED, null, "{}", Instant.now());
		}

	}

}
