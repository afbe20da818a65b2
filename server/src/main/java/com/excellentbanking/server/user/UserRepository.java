package com.excellentbanking.server.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the {@code users} table; runs on PostgreSQL and H2 alike. */
@Repository
class UserRepository {

	private static final String COLUMNS = "id, clerk_user_id, email, credits, created_at, updated_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?")
			.param(id)
			.query(UserRepository::map)
			.optional();
	}

	Optional<UserAccount> findByClerkUserId(String clerkUserId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE clerk_user_id = ?")
			.param(clerkUserId)
			.query(UserRepository::map)
			.optional();
	}

	/**
	 * Inserts the user unless one with that Clerk id exists already; a concurrent insert
	 * of the same id loses quietly instead of failing, so the caller simply reads
	 * afterwards.
	 */
	void insertIfAbsent(String clerkUserId, String email, long credits, Instant now) {
		this.jdbc
			.sql("INSERT INTO users (clerk_user_id, email, credits, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
					+ " ON CONFLICT DO NOTHING")
			.params(clerkUserId, email, credits, utc(now), utc(now))
			.update();
	}

	void updateEmail(long id, String email, Instant now) {
		this.jdbc.sql("UPDATE users SET email = ?, updated_at = ? WHERE id = ?").params(email, utc(now), id).update();
	}

	Optional<Long> credits(long id) {
		return this.jdbc.sql("SELECT credits FROM users WHERE id = ?").param(id).query(Long.class).optional();
	}

	/**
	 * Takes the credits only if the balance covers them, in one statement (no lost
	 * updates).
	 */
	boolean charge(long id, long credits, Instant now) {
		return this.jdbc.sql("UPDATE users SET credits = credits - ?, updated_at = ? WHERE id = ? AND credits >= ?")
			.params(credits, utc(now), id, credits)
			.update() == 1;
	}

	boolean grant(long id, long credits, Instant now) {
		return this.jdbc.sql("UPDATE users SET credits = credits + ?, updated_at = ? WHERE id = ?")
			.params(credits, utc(now), id)
			.update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("clerk_user_id"), rs.getString("email"),
				rs.getLong("credits"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
