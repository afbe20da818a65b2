package com.excellentbanking.statements.export;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Finds transactions that appear in two files of the same account: overlapping statements
 * (March 1–31 and March 15–April 15) list the overlap twice. A transaction is the same
 * when account, date, amount, running balance and description are equal; amounts compare
 * as decimals, so {@code 12.5} equals {@code 12.50}.
 *
 * <p>
 * Repeats inside one file are real (two equal coffees on a day), so occurrences are
 * counted per file: the n-th occurrence in a later file duplicates the n-th occurrence in
 * the earliest file that has one. A key that appears twice in one file and twice in
 * another is therefore kept twice, not once or four times. Statements that do not name
 * their account are never merged. Each duplicate row keeps its data and points at the
 * kept row through {@code duplicate_of}.
 */
final class Duplicates {

	/** Decimal text without trailing fraction zeros, for equality only. */
	private static final String NORMALIZED_AMOUNT = "CASE WHEN instr(amount, '.') > 0 THEN rtrim(rtrim(amount, '0'), '.') ELSE amount END";

	private static final String NORMALIZED_BALANCE = "CASE WHEN instr(balance, '.') > 0 THEN rtrim(rtrim(balance, '0'), '.') ELSE balance END";

	private static final String KEY = "account_key, date, description, amount_key, balance_key";

	private Duplicates() {
	}

	/** Marks the duplicates and returns how many there are. */
	static long mark(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TEMP TABLE duplicates AS WITH keyed AS (SELECT id, file_id, account_key, date,"
					+ " description, " + NORMALIZED_AMOUNT + " AS amount_key, " + NORMALIZED_BALANCE
					+ " AS balance_key FROM transactions WHERE account_key IS NOT NULL),"
					+ " counted AS (SELECT id, file_id, " + KEY + ", ROW_NUMBER() OVER (PARTITION BY " + KEY
					+ ", file_id ORDER BY id) AS occurrence FROM keyed),"
					+ " kept AS (SELECT id, FIRST_VALUE(id) OVER (PARTITION BY " + KEY
					+ ", occurrence ORDER BY file_id, id) AS keep FROM counted)"
					+ " SELECT id, keep FROM kept WHERE id <> keep");
			statement.execute("CREATE UNIQUE INDEX temp.duplicates_by_id ON duplicates(id)");
			statement.executeUpdate("UPDATE transactions SET duplicate_of = (SELECT keep FROM temp.duplicates d"
					+ " WHERE d.id = transactions.id) WHERE id IN (SELECT id FROM temp.duplicates)");
			long count;
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM temp.duplicates")) {
				rows.next();
				count = rows.getLong(1);
			}
			statement.execute("DROP TABLE temp.duplicates");
			return count;
		}
	}

}
