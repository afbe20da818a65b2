package com.excellentbanking.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test JVM, dropped when the JVM exits, so runs never
 * see each other's data. The server comes from {@code EB_TEST_PG_URL} (a URL of an
 * existing database to connect to for CREATE DATABASE), {@code EB_TEST_PG_USER} and
 * {@code EB_TEST_PG_PASSWORD}; the defaults fit the developers' machines and CI.
 */
public final class PostgresTestDatabase {

	private static final String ADMIN_URL = env("EB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = env("EB_TEST_PG_USER", "postgres");

	private static final String PASSWORD = env("EB_TEST_PG_PASSWORD", "");

	private static volatile PostgresTestDatabase shared;

	private final String name;

	private final String url;

	private PostgresTestDatabase(String name) {
		this.name = name;
		this.url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
	}

	/** The database of this test JVM, created on first use. */
	public static synchronized PostgresTestDatabase shared() {
		if (shared == null) {
			PostgresTestDatabase database = fresh();
			Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + database.name));
			shared = database;
		}
		return shared;
	}

	/**
	 * A new database of its own, for a test whose service instances must not meet any
	 * other test's job servers; the caller drops it.
	 */
	public static PostgresTestDatabase fresh() {
		PostgresTestDatabase database = new PostgresTestDatabase(
				"eb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT));
		database.create();
		return database;
	}

	public String url() {
		return this.url;
	}

	public String user() {
		return USER;
	}

	public String password() {
		return PASSWORD;
	}

	private void create() {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + this.name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on " + ADMIN_URL + " as " + USER
					+ " (set EB_TEST_PG_URL, EB_TEST_PG_USER, EB_TEST_PG_PASSWORD): " + ex.getMessage(), ex);
		}
	}

	public void drop() {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + this.name + ": " + ex.getMessage());
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
