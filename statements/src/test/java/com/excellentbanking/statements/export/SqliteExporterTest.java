package com.excellentbanking.statements.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteExporterTest {

	@TempDir
	Path dir;

	private Path database;

	@BeforeEach
	void export() {
		this.database = this.dir.resolve("statement.sqlite");
		new SqliteExporter().write(Fixtures.pdf(), this.database);
	}

	@Test
	void storesFilesStatementsAndTransactions() throws SQLException {
		assertThat(query("SELECT id, source_file_id, name, detected_format, page_count, transaction_count, warnings"
				+ " FROM files"))
			.containsExactly(
					List.of("1", "7", "march 2024.pdf", "pdf", "2", "9", "[\"Page 2: one line could not be read\"]"));
		assertThat(query("SELECT statement_index, account, iban, currency, period_start, period_end, opening_balance,"
				+ " closing_balance, total_in, total_out, transaction_count, reconciled, reconciliation_status,"
				+ " minor_unit_scale FROM statements ORDER BY id"))
			.containsExactly(
					List.of("0", "****5678", "******************3000", "EUR", "2024-03-01", "2024-03-31", "1000.00",
							"3443.00", "2500.50", "57.50", "5", "1", "reconciled", "2"),
					List.of("1", "*****4321", "null", "USD", "2024-03-03", "2024-03-04", "10.00", "6.00", "0", "3.00",
							"2", "0", "mismatch", "2"),
					List.of("2", "null", "*****************2957", "CHF", "2024-03-01", "2024-03-31", "100.00000",
							"100.12344", "0.12345", "0.00001", "2", "1", "reconciled", "5"));
		assertThat(query("SELECT mismatch_transaction_index, mismatch_kind, mismatch_expected, mismatch_actual"
				+ " FROM statements WHERE statement_index = 1"))
			.containsExactly(List.of("1", "running_balance", "7.00", "8.50"));
	}

	@Test
	void storesAmountsAsExactIntegers() throws SQLException {
		assertThat(query("SELECT date, description, amount, amount_minor, typeof(amount_minor), debit, credit, balance,"
				+ " balance_minor, currency, page FROM transactions WHERE statement_index = 0 ORDER BY position"))
			.first()
			.isEqualTo(List.of("2024-03-02", "=SUM(A1)", "-45.10", "-4510", "integer", "45.10", "null", "954.90",
					"95490", "EUR", "1"));
		assertThat(query("SELECT amount, amount_minor, minor_unit_scale FROM transactions WHERE statement_index = 2"
				+ " ORDER BY position"))
			.containsExactly(List.of("0.12345", "12345", "5"), List.of("-0.00001", "-1", "5"));
	}

	@Test
	void integerSumsReproduceTheStatementBalances() throws SQLException {
		assertThat(query("SELECT s.opening_balance_minor + SUM(t.amount_minor) = s.closing_balance_minor"
				+ " FROM statements s JOIN transactions t ON t.statement_id = s.id"
				+ " WHERE s.reconciled = 1 GROUP BY s.id"))
			.containsExactly(List.of("1"), List.of("1"));
		assertThat(query("SELECT SUM(amount_minor) FROM transactions WHERE statement_index = 0"))
			.containsExactly(List.of("244300"));
	}

	@Test
	void indexesByDateAndAccount() throws SQLException {
		assertThat(query("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")).contains(
				List.of("statements_by_account"), List.of("transactions_by_account"), List.of("transactions_by_date"));
		assertThat(query("EXPLAIN QUERY PLAN SELECT * FROM transactions WHERE date >= '2024-03-05'").toString())
			.contains("transactions_by_date");
	}

	@Test
	void replacesAnEarlierFile() throws SQLException {
		new SqliteExporter().write(Fixtures.pdf(), this.database);

		assertThat(query("SELECT COUNT(*) FROM transactions")).containsExactly(List.of("9"));
	}

	private List<List<String>> query(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + this.database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<List<String>> result = new ArrayList<>();
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(String.valueOf(rows.getString(i)));
				}
				result.add(row);
			}
			return result;
		}
	}

}
