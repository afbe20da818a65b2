package com.excellentbanking.server.usage;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The usage ledger. Recording a run twice (a retried job) keeps one record. */
@Repository
public class UsageRecords {

	private final JdbcClient jdbc;

	UsageRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a run, joining the caller's transaction; returns false if it was recorded
	 * before.
	 */
	public boolean record(UsageRecord usage) {
		return this.jdbc
			.sql("INSERT INTO usage_records (user_id, file_id, task_id, file_size, total_characters, total_pages, "
					+ "credits_consumed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(usage.userId(), usage.fileId(), usage.taskId(), usage.fileSize(), usage.totalCharacters(),
					usage.totalPages(), usage.creditsConsumed(), Timestamp.from(usage.createdAt()))
			.update() == 1;
	}

	List<UsageResponse> list(long userId, int skip, int limit) {
		return this.jdbc
			.sql("SELECT id, file_id, file_size, total_characters, total_pages, credits_consumed, created_at "
					+ "FROM usage_records WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(userId, limit, skip)
			.query((rs, row) -> new UsageResponse(rs.getLong("id"), rs.getLong("file_id"), rs.getLong("file_size"),
					rs.getLong("total_characters"), rs.getInt("total_pages"), rs.getLong("credits_consumed"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	UsageSummary summary(long userId) {
		return this.jdbc
			.sql("SELECT COUNT(DISTINCT file_id) AS files, COALESCE(SUM(total_characters), 0) AS characters, "
					+ "COALESCE(SUM(total_pages), 0) AS pages, COALESCE(SUM(file_size), 0) AS bytes "
					+ "FROM usage_records WHERE user_id = ?")
			.param(userId)
			.query((rs, row) -> new UsageSummary(rs.getLong("files"), rs.getLong("characters"), rs.getLong("pages"),
					rs.getLong("bytes")))
			.single();
	}

}
