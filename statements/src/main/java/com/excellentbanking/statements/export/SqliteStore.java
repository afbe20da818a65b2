package com.excellentbanking.statements.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;

import com.excellentbanking.statements.model.Reconciliation.Mismatch;
import com.excellentbanking.statements.model.Transaction;

/**
 * The SQLite output: tables {@code files}, {@code statements} and {@code transactions}.
 * Money is stored twice: as the exact decimal text and as an integer {@code *_minor}
 * count of {@code 10^-minor_unit_scale} units, so {@code SUM(amount_minor)} is exact. The
 * scale is the statement's (see {@link StatementSummary}) and repeated on each
 * transaction row. Dates are ISO text, which sorts chronologically. Account numbers are
 * masked, as in every output; {@code account_key} groups the rows of one account.
 *
 * <p>
 * Rows are written in one transaction with batched inserts and indexed at the end; ids
 * are assigned here in insertion order, so {@code files.id} is the file's position.
 */
final class SqliteStore implements AutoCloseable {

	private static final int BATCH = 1_000;

	private static final String[] SCHEMA = { """
			CREATE TABLE files (
			  id INTEGER PRIMARY KEY,
			  source_file_id INTEGER,
			  name TEXT NOT NULL,
			  detected_format TEXT,
			  page_count INTEGER NOT NULL,
			  character_count INTEGER NOT NULL,
			  transaction_count INTEGER NOT NULL,
			  warnings TEXT NOT NULL
			)""", """
			CREATE TABLE statements (
			  id INTEGER PRIMARY KEY,
			  file_id INTEGER NOT NULL REFERENCES files(id),
			  statement_index INTEGER NOT NULL,
			  bank TEXT,
			  account TEXT,
			  iban TEXT,
			  holder TEXT,
			  account_key TEXT,
			  currency TEXT,
			  period_start TEXT,
			  period_end TEXT,
			  minor_unit_scale INTEGER NOT NULL,
			  opening_balance TEXT,
			  opening_balance_minor INTEGER,
			  closing_balance TEXT,
			  closing_balance_minor INTEGER,
			  total_in TEXT NOT NULL,
			  total_in_minor INTEGER NOT NULL,
			  total_out TEXT NOT NULL,
			  total_out_minor INTEGER NOT NULL,
			  transaction_count INTEGER NOT NULL,
			  reconciled INTEGER NOT NULL,
			  reconciliation_status TEXT NOT NULL,
			  mismatch_transaction_index INTEGER,
			  mismatch_kind TEXT,
			  mismatch_expected TEXT,
			  mismatch_actual TEXT,
			  mismatch_message TEXT,
			  warnings TEXT NOT NULL
			)""", """
			CREATE TABLE transactions (
			  id INTEGER PRIMARY KEY,
			  file_id INTEGER NOT NULL REFERENCES files(id),
			  statement_id INTEGER NOT NULL REFERENCES statements(id),
			  source_file_id INTEGER,
			  statement_index INTEGER NOT NULL,
			  position INTEGER NOT NULL,
			  date TEXT NOT NULL,
			  value_date TEXT,
			  description TEXT NOT NULL,
			  amount TEXT NOT NULL,
			  amount_minor INTEGER NOT NULL,
			  debit TEXT,
			  credit TEXT,
			  balance TEXT,
			  balance_minor INTEGER,
			  minor_unit_scale INTEGER NOT NULL,
			  currency TEXT,
			  reference TEXT,
			  type TEXT,
			  counterparty TEXT,
			  counterparty_account TEXT,
			  page INTEGER,
			  account_key TEXT,
			  duplicate_of INTEGER REFERENCES transactions(id)
			)""" };

	private static final String[] INDEXES = { "CREATE INDEX transactions_by_date ON transactions(date)",
			"CREATE INDEX transactions_by_account ON transactions(account_key, date)",
			"CREATE INDEX transactions_by_statement ON transactions(statement_id, position)",
			"CREATE INDEX statements_by_account ON statements(account_key)" };

	private final Connection connection;

	private final PreparedStatement insertFile;

	private final PreparedStatement insertStatement;

	private final PreparedStatement insertTransaction;

	private long lastFileId;

	private long lastStatementId;

	private long lastTransactionId;

	private int pending;

	private SqliteStore(Connection connection) throws SQLException {
		this.connection = connection;
		try (Statement statement = connection.createStatement()) {
			// A fresh file written in one go and rebuilt on failure: no journal needed.
			statement.execute("PRAGMA journal_mode = OFF");
			statement.execute("PRAGMA synchronous = OFF");
			statement.execute("PRAGMA temp_store = FILE");
			for (String ddl : SCHEMA) {
				statement.execute(ddl);
			}
		}
		connection.setAutoCommit(false);
		this.insertFile = connection.prepareStatement("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
		this.insertStatement = connection.prepareStatement("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
				+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		this.insertTransaction = connection.prepareStatement("INSERT INTO transactions VALUES (?, ?, ?, ?, ?, ?, ?, "
				+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
	}

	/** Creates the database at {@code path}, replacing any file there. */
	static SqliteStore create(Path path) {
		try {
			Files.deleteIfExists(path);
			return new SqliteStore(DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	long addFile(FileSummary file) {
		try {
			PreparedStatement insert = this.insertFile;
			long id = ++this.lastFileId;
			insert.setLong(1, id);
			setLong(insert, 2, file.sourceFileId());
			insert.setString(3, file.name());
			insert.setString(4, (file.format() != null) ? file.format().code() : null);
			insert.setInt(5, file.pageCount());
			insert.setLong(6, file.characterCount());
			insert.setInt(7, file.transactionCount());
			insert.setString(8, Json.stringArray(file.warnings()));
			insert.executeUpdate();
			return id;
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	long addStatement(long fileId, StatementSummary statement) {
		try {
			PreparedStatement insert = this.insertStatement;
			int scale = statement.minorUnitScale();
			long id = ++this.lastStatementId;
			insert.setLong(1, id);
			insert.setLong(2, fileId);
			insert.setInt(3, statement.statementIndex());
			insert.setString(4, statement.bank());
			insert.setString(5, statement.account());
			insert.setString(6, statement.iban());
			insert.setString(7, statement.holder());
			insert.setString(8, statement.accountKey());
			insert.setString(9, statement.currency());
			insert.setString(10, text(statement.periodStart()));
			insert.setString(11, text(statement.periodEnd()));
			insert.setInt(12, scale);
			setMoney(insert, 13, statement.openingBalance(), scale);
			setMoney(insert, 15, statement.closingBalance(), scale);
			setMoney(insert, 17, statement.totalIn(), scale);
			setMoney(insert, 19, statement.totalOut(), scale);
			insert.setInt(21, statement.transactionCount());
			insert.setInt(22, statement.reconciled() ? 1 : 0);
			insert.setString(23, statement.status().name().toLowerCase(Locale.ROOT));
			Mismatch mismatch = statement.firstMismatch();
			setLong(insert, 24, (mismatch != null) ? (long) mismatch.transactionIndex() : null);
			insert.setString(25, (mismatch != null) ? mismatch.kind() : null);
			insert.setString(26, (mismatch != null) ? text(mismatch.expected()) : null);
			insert.setString(27, (mismatch != null) ? text(mismatch.actual()) : null);
			insert.setString(28, (mismatch != null) ? mismatch.message() : null);
			insert.setString(29, Json.stringArray(statement.warnings()));
			insert.executeUpdate();
			return id;
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	void addTransaction(long fileId, long statementId, Long sourceFileId, StatementSummary statement, int position,
			Transaction transaction) {
		try {
			PreparedStatement insert = this.insertTransaction;
			int scale = statement.minorUnitScale();
			insert.setLong(1, ++this.lastTransactionId);
			insert.setLong(2, fileId);
			insert.setLong(3, statementId);
			setLong(insert, 4, sourceFileId);
			insert.setInt(5, statement.statementIndex());
			insert.setInt(6, position);
			insert.setString(7, text(transaction.date()));
			insert.setString(8, text(transaction.valueDate()));
			insert.setString(9, transaction.description());
			setMoney(insert, 10, transaction.amount(), scale);
			insert.setString(12, text(transaction.debit()));
			insert.setString(13, text(transaction.credit()));
			setMoney(insert, 14, transaction.balance(), scale);
			insert.setInt(16, scale);
			insert.setString(17, (transaction.currency() != null) ? transaction.currency() : statement.currency());
			insert.setString(18, transaction.reference());
			insert.setString(19, transaction.type());
			insert.setString(20, transaction.counterparty());
			insert.setString(21, transaction.counterpartyAccount());
			setLong(insert, 22, (transaction.page() != null) ? transaction.page().longValue() : null);
			insert.setString(23, statement.accountKey());
			insert.addBatch();
			if (++this.pending == BATCH) {
				insert.executeBatch();
				this.pending = 0;
			}
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	/** Writes what is batched, indexes the tables and commits. */
	void complete() {
		try {
			this.insertTransaction.executeBatch();
			this.pending = 0;
			try (Statement statement = this.connection.createStatement()) {
				for (String ddl : INDEXES) {
					statement.execute(ddl);
				}
			}
			this.connection.commit();
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	Connection connection() {
		return this.connection;
	}

	@Override
	public void close() {
		try {
			this.insertFile.close();
			this.insertStatement.close();
			this.insertTransaction.close();
			this.connection.close();
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	static UncheckedIOException failure(SQLException ex) {
		return new UncheckedIOException(new IOException("Writing the SQLite output failed: " + ex.getMessage(), ex));
	}

	private static void setMoney(PreparedStatement insert, int index, BigDecimal value, int scale) throws SQLException {
		insert.setString(index, text(value));
		setLong(insert, index + 1, MinorUnits.of(value, scale));
	}

	private static void setLong(PreparedStatement insert, int index, Long value) throws SQLException {
		if (value == null) {
			insert.setNull(index, Types.INTEGER);
		}
		else {
			insert.setLong(index, value);
		}
	}

	private static String text(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private static String text(LocalDate value) {
		return (value != null) ? value.toString() : null;
	}

}
