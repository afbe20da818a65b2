package com.excellentbanking.statements.export;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.excellentbanking.statements.model.Reconciliation.Mismatch;
import com.excellentbanking.statements.model.Reconciliation.Status;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the staged SQLite database back: files and statements as summaries (their number
 * grows with files, not transactions, so they are held in memory), transactions as a
 * cursor, and totals computed by SQL.
 */
final class StagedData {

	/** A staged transaction with the ids of its file and statement. */
	record Row(long fileId, long statementId, Transaction transaction) {
	}

	/** Receives staged transactions one at a time. */
	@FunctionalInterface
	interface RowConsumer {

		void accept(Row row) throws SQLException;

	}

	private static final String TRANSACTION_COLUMNS = "file_id, statement_id, date, value_date, description, amount,"
			+ " balance, currency, reference, type, counterparty, counterparty_account, page";

	private final Connection connection;

	private final Map<Long, FileSummary> files = new LinkedHashMap<>();

	private final Map<Long, StatementSummary> statements = new LinkedHashMap<>();

	private final Map<Long, Long> statementFiles = new LinkedHashMap<>();

	StagedData(Connection connection) throws SQLException {
		this.connection = connection;
		loadFiles();
		loadStatements();
	}

	Map<Long, FileSummary> files() {
		return this.files;
	}

	StatementSummary statement(long statementId) {
		return this.statements.get(statementId);
	}

	/** The statements of a file in statement order, by id. */
	Map<Long, StatementSummary> statementsOf(long fileId) {
		Map<Long, StatementSummary> result = new LinkedHashMap<>();
		this.statementFiles.forEach((statementId, file) -> {
			if (file == fileId) {
				result.put(statementId, this.statements.get(statementId));
			}
		});
		return result;
	}

	/** Every statement with the id of its file, in file then statement order. */
	Map<Long, Long> statementFiles() {
		return this.statementFiles;
	}

	void mergedTransactions(RowConsumer consumer) throws SQLException {
		each("SELECT " + TRANSACTION_COLUMNS + " FROM transactions WHERE duplicate_of IS NULL"
				+ " ORDER BY date, file_id, statement_id, position", consumer);
	}

	void transactionsOfStatement(long statementId, RowConsumer consumer) throws SQLException {
		each("SELECT " + TRANSACTION_COLUMNS + " FROM transactions WHERE statement_id = " + statementId
				+ " ORDER BY position", consumer);
	}

	long count(String where) throws SQLException {
		try (PreparedStatement query = this.connection
			.prepareStatement("SELECT COUNT(*) FROM transactions WHERE " + where);
				ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * Totals per account and month, then per account (month {@code null}). An account is
	 * its {@code account_key} and the transaction's own currency; a statement that names
	 * no account is its own group. Sums are integer sums per scale, combined exactly.
	 */
	List<Totals.Row> totals(boolean withoutDuplicates) throws SQLException {
		String sql = "SELECT COALESCE(account_key, '#' || statement_id) AS account, MIN(statement_id), currency,"
				+ " substr(date, 1, 7) AS month, minor_unit_scale, COUNT(*),"
				+ " SUM(CASE WHEN amount_minor > 0 THEN amount_minor ELSE 0 END),"
				+ " SUM(CASE WHEN amount_minor < 0 THEN -amount_minor ELSE 0 END) FROM transactions"
				+ (withoutDuplicates ? " WHERE duplicate_of IS NULL" : "")
				+ " GROUP BY account, currency, month, minor_unit_scale";
		Map<String, Totals.Row> months = new TreeMap<>();
		Map<String, Totals.Row> accounts = new TreeMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				String label = accountLabel(rows.getLong(2));
				String currency = rows.getString(3);
				String month = rows.getString(4);
				int scale = rows.getInt(5);
				Totals.Row row = new Totals.Row(label, currency, month, rows.getLong(6),
						MinorUnits.toDecimal(rows.getLong(7), scale), MinorUnits.toDecimal(rows.getLong(8), scale));
				String account = rows.getString(1) + "\u0000" + currency;
				months.merge(account + "\u0000" + month, row, Totals.Row::plus);
				accounts.merge(account, row.withoutMonth(), Totals.Row::plus);
			}
		}
		List<Totals.Row> result = new ArrayList<>(accounts.values());
		result.addAll(months.values());
		return result;
	}

	private String accountLabel(long statementId) {
		StatementSummary statement = this.statements.get(statementId);
		if (statement.accountLabel() != null) {
			return statement.accountLabel();
		}
		FileSummary file = this.files.get(this.statementFiles.get(statementId));
		return file.name() + ", statement " + (statement.statementIndex() + 1) + " (account not named)";
	}

	private void each(String sql, RowConsumer consumer) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				long statementId = rows.getLong(2);
				consumer
					.accept(new Row(rows.getLong(1), statementId, transaction(rows, this.statements.get(statementId))));
			}
		}
	}

	private static Transaction transaction(ResultSet rows, StatementSummary statement) throws SQLException {
		String currency = rows.getString(8);
		int page = rows.getInt(13);
		Integer pageOrNull = rows.wasNull() ? null : page;
		return Transaction.builder(LocalDate.parse(rows.getString(3)), new BigDecimal(rows.getString(6)))
			.valueDate(date(rows.getString(4)))
			.description(rows.getString(5))
			.balance(decimal(rows.getString(7)))
			.currency((currency != null && currency.equals(statement.currency())) ? null : currency)
			.reference(rows.getString(9))
			.type(rows.getString(10))
			.counterparty(rows.getString(11))
			.counterpartyAccount(rows.getString(12))
			.page(pageOrNull)
			.build();
	}

	private void loadFiles() throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(
				"SELECT id, source_file_id, name, detected_format, page_count, character_count, transaction_count,"
						+ " warnings FROM files ORDER BY id");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				long sourceId = rows.getLong(2);
				Long source = rows.wasNull() ? null : sourceId;
				String format = rows.getString(4);
				this.files.put(rows.getLong(1),
						new FileSummary(source, rows.getString(3),
								(format != null) ? StatementFormat.valueOf(format.toUpperCase(Locale.ROOT)) : null,
								rows.getInt(5), rows.getLong(6), rows.getInt(7), strings(rows.getString(8))));
			}
		}
	}

	private void loadStatements() throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement("SELECT id, file_id, statement_index, bank,"
				+ " account, iban, holder, currency, period_start, period_end, opening_balance, closing_balance,"
				+ " total_in, total_out, transaction_count, reconciliation_status, mismatch_transaction_index,"
				+ " mismatch_kind, mismatch_expected, mismatch_actual, mismatch_message, warnings, minor_unit_scale"
				+ " FROM statements ORDER BY id"); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				String kind = rows.getString(18);
				Mismatch mismatch = (kind != null) ? new Mismatch(rows.getInt(17), kind, decimal(rows.getString(19)),
						decimal(rows.getString(20)), rows.getString(21)) : null;
				StatementSummary summary = new StatementSummary(rows.getInt(3), rows.getString(4), rows.getString(5),
						rows.getString(6), rows.getString(7), rows.getString(8), date(rows.getString(9)),
						date(rows.getString(10)), decimal(rows.getString(11)), decimal(rows.getString(12)),
						decimal(rows.getString(13)), decimal(rows.getString(14)), rows.getInt(15),
						Status.valueOf(rows.getString(16).toUpperCase(Locale.ROOT)), mismatch,
						strings(rows.getString(22)), rows.getInt(23));
				this.statements.put(rows.getLong(1), summary);
				this.statementFiles.put(rows.getLong(1), rows.getLong(2));
			}
		}
	}

	private static List<String> strings(String jsonArray) {
		List<String> values = new ArrayList<>();
		try (JsonParser parser = Json.FACTORY.createParser(jsonArray)) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.VALUE_STRING) {
				values.add(parser.getString());
			}
		}
		return values;
	}

	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

}
