package com.excellentbanking.statements.mt940;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Text;
import com.excellentbanking.statements.model.Transaction;

/**
 * Turns the fields of one {@code :20:} block into a statement. Opening is {@code :60F:}
 * or, on a continuation page, {@code :60M:}; closing is {@code :62F:} or {@code :62M:}.
 * MT942 blocks have neither, only {@code :34F:} floor limits, the {@code :13D:} time
 * stamp and {@code :90D:/:90C:} totals, so their balances stay unknown.
 */
final class StatementBlock {

	private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");

	private static final Pattern ACCOUNT_LIKE = Pattern.compile("([A-Z]{2}\\d{2}[A-Z0-9]{11,30}|P?\\d{7,18})");

	private StatementBlock() {
	}

	static Statement read(List<SwiftField> fields) {
		List<String> statementWarnings = new ArrayList<>();
		Account account = Account.UNKNOWN;
		SwiftBalance opening = null;
		SwiftBalance closing = null;
		String currency = null;
		List<Transaction> transactions = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			SwiftField field = fields.get(i);
			switch (field.tag()) {
				case "25" -> {
					// a second :25: in one block is a broken export (details under the
					// wrong
					// tag); the first, right after :20:, names the account
					if (account == Account.UNKNOWN) {
						account = account(field.value());
					}
					else {
						statementWarnings.add("Line " + field.line() + ": a second account field :25: was ignored");
					}
				}
				case "60F", "60M", "60" -> {
					opening = SwiftBalance.parse(field, statementWarnings);
					currency = (currency != null) ? currency : opening.currency();
				}
				case "62F", "62M", "62" -> {
					closing = SwiftBalance.parse(field, statementWarnings);
					currency = (currency != null) ? currency : closing.currency();
				}
				case "34F", "90D", "90C" -> currency = (currency != null) ? currency : currencyOf(field.value());
				case "61" -> {
					StringBuilder details = null;
					// Rabobank writes one :86: per line of details
					while (i + 1 < fields.size() && fields.get(i + 1).tag().equals("86")) {
						details = (details == null) ? new StringBuilder() : details.append('\n');
						details.append(fields.get(++i).value());
					}
					transactions.add(transaction(StatementLine.parse(field, statementWarnings),
							(details != null) ? details.toString() : null));
				}
				default -> {
					// :28C: sequence, :64:/:65: available balances, :86: after :62F:,
					// :13D:, :NS: carry nothing the model keeps
				}
			}
		}
		if (currency != null) {
			List<Transaction> withCurrency = new ArrayList<>();
			for (Transaction transaction : transactions) {
				withCurrency.add(transaction.toBuilder().currency(currency).build());
			}
			transactions = withCurrency;
		}
		return new Statement(account, currency, null, null, (opening != null) ? opening.amount() : null,
				(closing != null) ? closing.amount() : null, transactions, statementWarnings);
	}

	private static Transaction transaction(StatementLine line, String detailsText) {
		TransactionDetails details = TransactionDetails.parse(detailsText);
		String description = details.description();
		if (description.isEmpty() && line.supplementaryDetails() != null) {
			description = line.supplementaryDetails();
		}
		if (line.reversal()) {
			description = Text.oneLine("Reversal " + description);
		}
		String counterpartyAccount = details.counterpartyAccount();
		// Rabobank puts the counterparty's account on the supplementary line of :61:
		if (counterpartyAccount == null && line.supplementaryDetails() != null
				&& ACCOUNT_LIKE.matcher(line.supplementaryDetails()).matches()) {
			counterpartyAccount = line.supplementaryDetails();
		}
		String reference = (line.reference() != null) ? line.reference() : details.reference();
		return Transaction.builder(line.bookingDate(), line.amount())
			.valueDate(line.valueDate())
			.description(description)
			.reference(reference)
			.type(line.typeCode())
			.counterparty(details.counterparty())
			.counterpartyAccount(counterpartyAccount)
			.build();
	}

	/**
	 * {@code :25:} is an IBAN, a bank code and account ({@code 51230800/0000007055}), or
	 * a BIC, account and currency ({@code UBRTHUHB/123456789/HUF}). The whole value stays
	 * the account number, as printed, unless it is a bare IBAN.
	 */
	private static Account account(String value) {
		String identification = Text.oneLine(value);
		String compact = identification.replace(" ", "");
		if (IBAN.matcher(compact).matches()) {
			return new Account(null, null, compact, null);
		}
		int slash = identification.indexOf('/');
		String bank = (slash > 0) ? identification.substring(0, slash) : null;
		return new Account(bank, identification, null, null);
	}

	private static String currencyOf(String value) {
		String text = value.strip().replaceFirst("^\\d*", "");
		return (text.length() >= 3 && text.substring(0, 3).chars().allMatch(Character::isUpperCase))
				? text.substring(0, 3) : null;
	}

}
