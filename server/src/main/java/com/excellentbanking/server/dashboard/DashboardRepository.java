package com.excellentbanking.server.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code dashboards} and {@code dashboard_files}; every user query filters by
 * owner.
 */
@Repository
class DashboardRepository {

	private static final String SELECT = "SELECT d.id, d.user_id, d.name, d.description, d.status, d.version, "
			+ "d.outputs_available, d.last_built_at, d.created_at, d.updated_at, "
			+ "(SELECT COUNT(*) FROM dashboard_files f WHERE f.dashboard_id = d.id) AS file_count FROM dashboards d ";

	private final JdbcClient jdbc;

	DashboardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long userId, String name, String description, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO dashboards (user_id, name, description, status, created_at, updated_at) "
					+ "VALUES (?, ?, ?, 'NEW', ?, ?)")
			.params(userId, name, description, Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Dashboard> find(long userId, long id) {
		return this.jdbc.sql(SELECT + "WHERE d.id = ? AND d.user_id = ?")
			.params(id, userId)
			.query(DashboardRepository::map)
			.optional();
	}

	Optional<Dashboard> findById(long id) {
		return this.jdbc.sql(SELECT + "WHERE d.id = ?").param(id).query(DashboardRepository::map).optional();
	}

	/**
	 * Locks the dashboard row until the transaction ends, so builds are requested one at
	 * a time.
	 */
	boolean lock(long userId, long id) {
		return !this.jdbc.sql("SELECT id FROM dashboards WHERE id = ? AND user_id = ? FOR UPDATE")
			.params(id, userId)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	List<Dashboard> list(long userId, int skip, int limit) {
		return this.jdbc.sql(SELECT + "WHERE d.user_id = ? ORDER BY d.created_at DESC, d.id DESC LIMIT ? OFFSET ?")
			.params(userId, limit, skip)
			.query(DashboardRepository::map)
			.list();
	}

	void rename(long id, String name, String description, Instant now) {
		this.jdbc
			.sql("UPDATE dashboards SET name = COALESCE(?, name), description = COALESCE(?, description), "
					+ "updated_at = ? WHERE id = ?")
			.params(name, description, Timestamp.from(now), id)
			.update();
	}

	boolean delete(long userId, long id) {
		return this.jdbc.sql("DELETE FROM dashboards WHERE id = ? AND user_id = ?").params(id, userId).update() == 1;
	}

	List<Long> fileIds(long dashboardId) {
		return this.jdbc.sql("SELECT file_id FROM dashboard_files WHERE dashboard_id = ? ORDER BY added_at, file_id")
			.param(dashboardId)
			.query(Long.class)
			.list();
	}

	/** Adds the files not yet in the dashboard; returns how many were added. */
	int addFiles(long dashboardId, List<Long> fileIds, Instant now) {
		int added = 0;
		for (Long fileId : fileIds) {
			added += this.jdbc
				.sql("INSERT INTO dashboard_files (dashboard_id, file_id, added_at) VALUES (?, ?, ?) "
						+ "ON CONFLICT DO NOTHING")
				.params(dashboardId, fileId, Timestamp.from(now))
				.update();
		}
		return added;
	}

	int removeFiles(long dashboardId, List<Long> fileIds) {
		if (fileIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("DELETE FROM dashboard_files WHERE dashboard_id = :dashboard AND file_id IN (:files)")
			.param("dashboard", dashboardId)
			.param("files", fileIds)
			.update();
	}

	/**
	 * Marks one dashboard stale; {@code outputsGone} also when its outputs were removed.
	 */
	void markOutdated(long id, boolean outputsGone, Instant now) {
		this.jdbc.sql("UPDATE dashboards SET status = 'OUTDATED', version = version + 1, "
				+ "outputs_available = CASE WHEN ? THEN FALSE ELSE outputs_available END, updated_at = ? WHERE id = ?")
			.params(outputsGone, Timestamp.from(now), id)
			.update();
	}

	List<Long> dashboardsContaining(long fileId) {
		return this.jdbc.sql("SELECT dashboard_id FROM dashboard_files WHERE file_id = ?")
			.param(fileId)
			.query(Long.class)
			.list();
	}

	/** Marks every dashboard that contains the file stale. */
	void markOutdatedContaining(long fileId, Instant now) {
		dashboardsContaining(fileId).forEach((id) -> markOutdated(id, false, now));
	}

	/**
	 * Records a finished build. The dashboard becomes up to date only if nothing changed
	 * since the build read version {@code builtVersion}.
	 */
	boolean recordBuild(long id, long builtVersion, Instant now) {
		this.jdbc.sql("UPDATE dashboards SET outputs_available = TRUE, last_built_at = ? WHERE id = ?")
			.params(Timestamp.from(now), id)
			.update();
		return this.jdbc.sql("UPDATE dashboards SET status = 'UP_TO_DATE', updated_at = ? WHERE id = ? AND version = ?")
			.params(Timestamp.from(now), id, builtVersion)
			.update() == 1;
	}

	private static Dashboard map(ResultSet rs, int row) throws SQLException {
		Timestamp built = rs.getTimestamp("last_built_at");
		return new Dashboard(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("description"),
				DashboardStatus.valueOf(rs.getString("status")), rs.getLong("version"),
				rs.getBoolean("outputs_available"), rs.getInt("file_count"), (built != null) ? built.toInstant() : null,
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
