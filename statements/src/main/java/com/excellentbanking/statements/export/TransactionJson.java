package com.excellentbanking.statements.export;

import com.excellentbanking.statements.model.Transaction;
import tools.jackson.core.JsonGenerator;

/**
 * One transaction as every JSON output (and the service's transaction listing) shows it:
 * {@code date, value_date, description, amount, debit, credit, balance, currency,
 * reference, type, source_file_id, statement_index, page}, plus {@code counterparty} and
 * {@code counterparty_account}. {@code currency} is always filled in: a transaction
 * without its own currency is in the statement's.
 */
public final class TransactionJson {

	private TransactionJson() {
	}

	public static void write(JsonGenerator generator, Transaction transaction, String statementCurrency,
			Long sourceFileId, int statementIndex) {
		generator.writeStartObject();
		Json.date(generator, "date", transaction.date());
		Json.date(generator, "value_date", transaction.valueDate());
		Json.string(generator, "description", transaction.description());
		Json.decimal(generator, "amount", transaction.amount());
		Json.decimal(generator, "debit", transaction.debit());
		Json.decimal(generator, "credit", transaction.credit());
		Json.decimal(generator, "balance", transaction.balance());
		Json.string(generator, "currency",
				(transaction.currency() != null) ? transaction.currency() : statementCurrency);
		Json.string(generator, "reference", transaction.reference());
		Json.string(generator, "type", transaction.type());
		Json.integer(generator, "source_file_id", sourceFileId);
		generator.writeNumberProperty("statement_index", statementIndex);
		Json.integer(generator, "page", (transaction.page() != null) ? transaction.page().longValue() : null);
		Json.string(generator, "counterparty", transaction.counterparty());
		Json.string(generator, "counterparty_account", transaction.counterpartyAccount());
		generator.writeEndObject();
	}

}
