package com.excellentbanking.statements.export;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Reconciliation;
import com.excellentbanking.statements.model.Reconciliation.Mismatch;
import com.excellentbanking.statements.model.Reconciliation.Status;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a JSON output (of {@link JsonExporter} or a dashboard build) back, streaming:
 * events go to a {@link Handler} as they are read, so a document of any size is read in
 * constant memory. Dashboard builds read per-file outputs this way rather than the
 * original uploads.
 *
 * <p>
 * The document must put a file's and a statement's metadata before its contents, as the
 * exporters do; unknown fields are ignored. A transaction's currency equal to its
 * statement's is read as "the statement's currency" ({@code null}), the model's meaning.
 * Account identifiers come back masked, as they were written.
 */
public final class JsonStatementReader {

	/** Receives a document's parts in document order. */
	public interface Handler {

		default void file(FileSummary file) {
		}

		default void statement(StatementSummary statement) {
		}

		default void transaction(Transaction transaction) {
		}

		default void endStatement() {
		}

		default void endFile() {
		}

	}

	public void read(InputStream in, Handler handler) {
		try (JsonParser parser = Json.FACTORY.createParser(in)) {
			new Reading(parser, handler).document();
		}
		catch (JacksonException ex) {
			throw corrupt("it is not valid JSON (" + ex.getOriginalMessage() + ")");
		}
	}

	/** Reads the whole document into the model; for documents that fit in memory. */
	public List<ExportSource> readAll(InputStream in) {
		ModelBuilder builder = new ModelBuilder();
		read(in, builder);
		return builder.sources;
	}

	static StatementException corrupt(String reason) {
		return new StatementException(ErrorCode.CORRUPT_FILE, "The statement JSON cannot be read: " + reason);
	}

	/** One pass over one document. */
	private static final class Reading {

		private final JsonParser parser;

		private final Handler handler;

		Reading(JsonParser parser, Handler handler) {
			this.parser = parser;
			this.handler = handler;
		}

		void document() {
			expect(this.parser.nextToken(), JsonToken.START_OBJECT, "document");
			boolean sawFiles = false;
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = this.parser.currentName();
				JsonToken value = this.parser.nextToken();
				if ("files".equals(name)) {
					expect(value, JsonToken.START_ARRAY, "files");
					while (this.parser.nextToken() == JsonToken.START_OBJECT) {
						file();
					}
					sawFiles = true;
				}
				else {
					this.parser.skipChildren();
				}
			}
			if (!sawFiles) {
				throw corrupt("it has no \"files\"");
			}
		}

		private void file() {
			Long sourceFileId = null;
			String name = null;
			StatementFormat format = null;
			int pageCount = 0;
			long characterCount = 0;
			int transactionCount = 0;
			List<String> warnings = List.of();
			boolean started = false;
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String field = this.parser.currentName();
				JsonToken value = this.parser.nextToken();
				if (started && !"statements".equals(field)) {
					throw corrupt("file field \"" + field + "\" comes after its statements");
				}
				switch (field) {
					case "source_file_id" -> sourceFileId = longOrNull(value);
					case "name" -> name = string(value);
					case "detected_format" -> format = format(string(value));
					case "page_count" -> pageCount = (int) longOrZero(value);
					case "character_count" -> characterCount = longOrZero(value);
					case "transaction_count" -> transactionCount = (int) longOrZero(value);
					case "warnings" -> warnings = strings(value);
					case "statements" -> {
						expect(value, JsonToken.START_ARRAY, "statements");
						this.handler.file(new FileSummary(sourceFileId, name, format, pageCount, characterCount,
								transactionCount, warnings));
						started = true;
						while (this.parser.nextToken() == JsonToken.START_OBJECT) {
							statement();
						}
					}
					default -> this.parser.skipChildren();
				}
			}
			if (!started) {
				this.handler.file(new FileSummary(sourceFileId, name, format, pageCount, characterCount,
						transactionCount, warnings));
			}
			this.handler.endFile();
		}

		private void statement() {
			StatementFields fields = new StatementFields();
			StatementSummary summary = null;
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String field = this.parser.currentName();
				JsonToken value = this.parser.nextToken();
				if (summary != null) {
					throw corrupt("statement field \"" + field + "\" comes after its transactions");
				}
				if ("transactions".equals(field)) {
					expect(value, JsonToken.START_ARRAY, "transactions");
					summary = fields.summary();
					this.handler.statement(summary);
					while (this.parser.nextToken() == JsonToken.START_OBJECT) {
						this.handler.transaction(transaction(summary));
					}
				}
				else {
					statementField(fields, field, value);
				}
			}
			if (summary == null) {
				this.handler.statement(fields.summary());
			}
			this.handler.endStatement();
		}

		private void statementField(StatementFields fields, String field, JsonToken value) {
			switch (field) {
				case "statement_index" -> fields.index = (int) longOrZero(value);
				case "bank" -> fields.bank = string(value);
				case "account" -> fields.account = string(value);
				case "iban" -> fields.iban = string(value);
				case "holder" -> fields.holder = string(value);
				case "currency" -> fields.currency = string(value);
				case "period_start" -> fields.periodStart = date(value);
				case "period_end" -> fields.periodEnd = date(value);
				case "opening_balance" -> fields.opening = decimal(value);
				case "closing_balance" -> fields.closing = decimal(value);
				case "total_in" -> fields.totalIn = decimal(value);
				case "total_out" -> fields.totalOut = decimal(value);
				case "transaction_count" -> fields.transactionCount = (int) longOrZero(value);
				case "reconciliation_status" -> fields.status = status(string(value));
				case "first_mismatch" -> fields.mismatch = mismatch(value);
				case "warnings" -> fields.warnings = strings(value);
				case "minor_unit_scale" -> fields.scale = (int) longOrZero(value);
				default -> this.parser.skipChildren();
			}
		}

		private Transaction transaction(StatementSummary statement) {
			LocalDate date = null;
			BigDecimal amount = null;
			Transaction.Builder builder = Transaction.builder(null, null);
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String field = this.parser.currentName();
				JsonToken value = this.parser.nextToken();
				switch (field) {
					case "date" -> date = date(value);
					case "value_date" -> builder.valueDate(date(value));
					case "description" -> builder.description(string(value));
					case "amount" -> amount = decimal(value);
					case "balance" -> builder.balance(decimal(value));
					case "currency" -> {
						String currency = string(value);
						builder.currency((currency != null && currency.equals(statement.currency())) ? null : currency);
					}
					case "reference" -> builder.reference(string(value));
					case "type" -> builder.type(string(value));
					case "page" -> {
						Long page = longOrNull(value);
						builder.page((page != null) ? page.intValue() : null);
					}
					case "counterparty" -> builder.counterparty(string(value));
					case "counterparty_account" -> builder.counterpartyAccount(string(value));
					default -> this.parser.skipChildren();
				}
			}
			if (date == null || amount == null) {
				throw corrupt("a transaction of statement " + statement.statementIndex() + " has no date or amount");
			}
			return builder.date(date).amount(amount).build();
		}

		private Mismatch mismatch(JsonToken value) {
			if (value == JsonToken.VALUE_NULL) {
				return null;
			}
			expect(value, JsonToken.START_OBJECT, "first_mismatch");
			int index = -1;
			String kind = null;
			BigDecimal expected = null;
			BigDecimal actual = null;
			String message = null;
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String field = this.parser.currentName();
				JsonToken token = this.parser.nextToken();
				switch (field) {
					case "transaction_index" -> index = (int) longOrZero(token);
					case "kind" -> kind = string(token);
					case "expected" -> expected = decimal(token);
					case "actual" -> actual = decimal(token);
					case "message" -> message = string(token);
					default -> this.parser.skipChildren();
				}
			}
			return new Mismatch(index, kind, expected, actual, message);
		}

		private String string(JsonToken value) {
			if (value == JsonToken.VALUE_NULL) {
				return null;
			}
			if (!value.isScalarValue()) {
				throw corrupt("expected a text at \"" + this.parser.currentName() + "\"");
			}
			return this.parser.getString();
		}

		private BigDecimal decimal(JsonToken value) {
			return switch (value) {
				case VALUE_NULL -> null;
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> this.parser.getDecimalValue();
				case VALUE_STRING -> parseDecimal(this.parser.getString());
				default -> throw corrupt("expected a number at \"" + this.parser.currentName() + "\"");
			};
		}

		private BigDecimal parseDecimal(String text) {
			try {
				return new BigDecimal(text.strip());
			}
			catch (NumberFormatException ex) {
				throw corrupt("\"" + text + "\" at \"" + this.parser.currentName() + "\" is not a number");
			}
		}

		private Long longOrNull(JsonToken value) {
			if (value == JsonToken.VALUE_NULL) {
				return null;
			}
			if (value != JsonToken.VALUE_NUMBER_INT) {
				throw corrupt("expected an integer at \"" + this.parser.currentName() + "\"");
			}
			return this.parser.getLongValue();
		}

		private long longOrZero(JsonToken value) {
			Long number = longOrNull(value);
			return (number != null) ? number : 0;
		}

		private LocalDate date(JsonToken value) {
			String text = string(value);
			try {
				return (text != null) ? LocalDate.parse(text) : null;
			}
			catch (DateTimeParseException ex) {
				throw corrupt("\"" + text + "\" at \"" + this.parser.currentName() + "\" is not an ISO date");
			}
		}

		private List<String> strings(JsonToken value) {
			if (value == JsonToken.VALUE_NULL) {
				return List.of();
			}
			expect(value, JsonToken.START_ARRAY, this.parser.currentName());
			List<String> values = new ArrayList<>();
			while (this.parser.nextToken() != JsonToken.END_ARRAY) {
				values.add(string(this.parser.currentToken()));
			}
			return values;
		}

		private static StatementFormat format(String code) {
			if (code == null) {
				return null;
			}
			try {
				return StatementFormat.valueOf(code.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw corrupt("unknown detected_format \"" + code + "\"");
			}
		}

		private static Status status(String code) {
			try {
				return Status.valueOf(code.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw corrupt("unknown reconciliation_status \"" + code + "\"");
			}
		}

		private static void expect(JsonToken actual, JsonToken expected, String where) {
			if (actual != expected) {
				throw corrupt("expected " + expected + " at \"" + where + "\" but found " + actual);
			}
		}

	}

	/** A statement's metadata while it is being read. */
	private static final class StatementFields {

		int index;

		String bank;

		String account;

		String iban;

		String holder;

		String currency;

		LocalDate periodStart;

		LocalDate periodEnd;

		BigDecimal opening;

		BigDecimal closing;

		BigDecimal totalIn = BigDecimal.ZERO;

		BigDecimal totalOut = BigDecimal.ZERO;

		int transactionCount;

		Status status = Status.UNVERIFIED;

		Mismatch mismatch;

		List<String> warnings = List.of();

		int scale = StatementSummary.MIN_SCALE;

		StatementSummary summary() {
			return new StatementSummary(this.index, this.bank, this.account, this.iban, this.holder, this.currency,
					this.periodStart, this.periodEnd, this.opening, this.closing, this.totalIn, this.totalOut,
					this.transactionCount, this.status, this.mismatch, this.warnings,
					Math.max(StatementSummary.MIN_SCALE, this.scale));
		}

	}

	/** Collects a document into {@link ExportSource}s. */
	private static final class ModelBuilder implements Handler {

		private final List<ExportSource> sources = new ArrayList<>();

		private FileSummary file;

		private final List<ReconciledStatement> statements = new ArrayList<>();

		private StatementSummary statement;

		private final List<Transaction> transactions = new ArrayList<>();

		@Override
		public void file(FileSummary file) {
			this.file = file;
			this.statements.clear();
		}

		@Override
		public void statement(StatementSummary statement) {
			this.statement = statement;
			this.transactions.clear();
		}

		@Override
		public void transaction(Transaction transaction) {
			this.transactions.add(transaction);
		}

		@Override
		public void endStatement() {
			StatementSummary s = this.statement;
			Statement model = new Statement(new Account(s.bank(), s.account(), s.iban(), s.holder()), s.currency(),
					s.periodStart(), s.periodEnd(), s.openingBalance(), s.closingBalance(), this.transactions,
					s.warnings());
			BigDecimal computedClosing = (s.openingBalance() != null)
					? this.transactions.stream().map(Transaction::amount).reduce(s.openingBalance(), BigDecimal::add)
					: null;
			this.statements.add(
					new ReconciledStatement(model, new Reconciliation(s.status(), computedClosing, s.firstMismatch())));
		}

		@Override
		public void endFile() {
			FileSummary f = this.file;
			Extraction extraction = new Extraction(f.format(), f.pageCount(), f.characterCount(), this.statements,
					f.warnings());
			this.sources.add(new ExportSource(f.sourceFileId(), f.name(), extraction));
		}

	}

}
