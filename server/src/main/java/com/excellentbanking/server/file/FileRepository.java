package com.excellentbanking.server.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import com.excellentbanking.server.storage.Bucket;
import com.excellentbanking.server.storage.StorageKey;

/**
 * Rows of {@code files}. Every read and write of a user's file filters by the owner,
 * except the job's, which works on a file id it was given by the owner's own request.
 */
@Repository
class FileRepository {

	private static final String COLUMNS = "id, user_id, filename, file_size, mime_type, storage_key, status, "
			+ "detected_format, page_count, transaction_count, processed_data, current_task_id, created_at, updated_at";

	private final JdbcClient jdbc;

	FileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a pending file; the storage key needs the id, so it is set in the same
	 * step.
	 */
	StoredFile insertPending(long userId, String filename, Long fileSize, String mimeType,
			LongFunction<StorageKey> keyForId, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(
				"INSERT INTO files (user_id, filename, file_size, mime_type, storage_key, status, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, '', 'PENDING', ?, ?)")
			.params(userId, filename, fileSize, mimeType, Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		StorageKey key = keyForId.apply(id);
		this.jdbc.sql("UPDATE files SET storage_key = ? WHERE id = ?").params(key.key(), id).update();
		return find(userId, id).orElseThrow();
	}

	Optional<StoredFile> find(long userId, long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM files WHERE id = ? AND user_id = ?")
			.params(id, userId)
			.query(FileRepository::map)
			.optional();
	}

	Optional<StoredFile> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM files WHERE id = ?")
			.param(id)
			.query(FileRepository::map)
			.optional();
	}

	List<StoredFile> list(long userId, FileStatus status, int skip, int limit) {
		String where = (status != null) ? " AND status = :status" : "";
		var spec = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM files WHERE user_id = :user" + where
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.param("user", userId)
			.param("limit", limit)
			.param("skip", skip);
		if (status != null) {
			spec = spec.param("status", status.name());
		}
		return spec.query(FileRepository::map).list();
	}

	List<StoredFile> findAll(long userId, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM files WHERE user_id = :user AND id IN (:ids) ORDER BY id")
			.param("user", userId)
			.param("ids", ids)
			.query(FileRepository::map)
			.list();
	}

	/**
	 * Saves a transition, but only if the row is still in the state it was read in; false
	 * means someone else changed it first.
	 */
	boolean saveTransition(StoredFile before, StoredFile after) {
		return this.jdbc.sql(
				"UPDATE files SET status = ?, file_size = ?, detected_format = ?, page_count = ?, transaction_count = ?, "
						+ "processed_data = ?, current_task_id = ?, updated_at = ? WHERE id = ? AND status = ? "
						+ "AND current_task_id IS NOT DISTINCT FROM CAST(? AS UUID)")
			.params(after.status().name(), after.fileSize(), after.detectedFormat(), after.pageCount(),
					after.transactionCount(), after.processedData(), after.currentTaskId(),
					Timestamp.from(after.updatedAt()), before.id(), before.status().name(), before.currentTaskId())
			.update() == 1;
	}

	boolean delete(long userId, long id) {
		return this.jdbc.sql("DELETE FROM files WHERE id = ? AND user_id = ?").params(id, userId).update() == 1;
	}

	private static StoredFile map(ResultSet rs, int row) throws SQLException {
		long fileSize = rs.getLong("file_size");
		Long size = rs.wasNull() ? null : fileSize;
		int pages = rs.getInt("page_count");
		Integer pageCount = rs.wasNull() ? null : pages;
		int transactions = rs.getInt("transaction_count");
		Integer transactionCount = rs.wasNull() ? null : transactions;
		return new StoredFile(rs.getLong("id"), rs.getLong("user_id"), rs.getString("filename"), size,
				rs.getString("mime_type"), new StorageKey(Bucket.UPLOADS, rs.getString("storage_key")),
				FileStatus.valueOf(rs.getString("status")), rs.getString("detected_format"), pageCount,
				transactionCount, rs.getString("processed_data"), rs.getObject("current_task_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
