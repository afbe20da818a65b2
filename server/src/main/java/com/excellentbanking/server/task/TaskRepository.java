package com.excellentbanking.server.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TaskRepository {

	private static final String COLUMNS = "id, user_id, type, subject_id, status, progress, attempts, secret, result, error, "
			+ "created_at, started_at, finished_at";

	private final JdbcClient jdbc;

	TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Task task) {
		this.jdbc
			.sql("INSERT INTO tasks (id, user_id, type, subject_id, status, progress, attempts, secret, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)")
			.params(task.id(), task.userId(), task.type().name(), task.subjectId(), task.status().name(), task.secret(),
					Timestamp.from(task.createdAt()))
			.update();
	}

	Optional<Task> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM tasks WHERE id = ?")
			.param(id)
			.query(TaskRepository::map)
			.optional();
	}

	Optional<Task> findForUser(UUID id, long userId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM tasks WHERE id = ? AND user_id = ?")
			.params(id, userId)
			.query(TaskRepository::map)
			.optional();
	}

	Optional<Task> findActive(TaskType type, long subjectId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM tasks WHERE type = ? AND subject_id = ? AND status IN ('QUEUED', 'RUNNING') "
					+ "ORDER BY created_at DESC LIMIT 1")
			.params(type.name(), subjectId)
			.query(TaskRepository::map)
			.optional();
	}

	/**
	 * Moves a task that has not ended to running and counts the attempt; empty when it
	 * has ended.
	 */
	Optional<Task> claim(UUID id, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE tasks SET status = 'RUNNING', attempts = attempts + 1, started_at = COALESCE(started_at, ?) "
					+ "WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
			.params(Timestamp.from(now), id)
			.update();
		return (updated == 1) ? find(id) : Optional.empty();
	}

	void progress(UUID id, int percent) {
		this.jdbc.sql("UPDATE tasks SET progress = ? WHERE id = ? AND status = 'RUNNING' AND progress < ?")
			.params(percent, id, percent)
			.update();
	}

	boolean finish(UUID id, TaskStatus status, String result, String error, Instant now) {
		return this.jdbc
			.sql("UPDATE tasks SET status = ?, progress = CASE WHEN ? = 'SUCCEEDED' THEN 100 ELSE progress END, "
					+ "result = ?, error = ?, secret = NULL, finished_at = ?, started_at = COALESCE(started_at, ?) "
					+ "WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
			.params(status.name(), status.name(), result, error, Timestamp.from(now), Timestamp.from(now), id)
			.update() == 1;
	}

	List<UUID> queuedBefore(Instant cutoff, int limit) {
		return this.jdbc
			.sql("SELECT id FROM tasks WHERE status = 'QUEUED' AND created_at < ? ORDER BY created_at LIMIT ?")
			.params(Timestamp.from(cutoff), limit)
			.query(UUID.class)
			.list();
	}

	private static Task map(ResultSet rs, int row) throws SQLException {
		return new Task(rs.getObject("id", UUID.class), rs.getLong("user_id"), TaskType.valueOf(rs.getString("type")),
				rs.getLong("subject_id"), TaskStatus.valueOf(rs.getString("status")), rs.getInt("progress"),
				rs.getInt("attempts"), rs.getString("secret"), rs.getString("result"), rs.getString("error"),
				instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
