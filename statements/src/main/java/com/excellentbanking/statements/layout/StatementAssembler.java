package com.excellentbanking.statements.layout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.excellentbanking.statements.layout.RawRow.Kind;
import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

/** Turns one section's raw rows into a statement: dates, signs, balances, currency. */
final class StatementAssembler {

	private static final Pattern COUNTERPARTY_ACCOUNT = Pattern.compile("\\b([A-Z]{2}\\d{2}[A-Z0-9]{10,30})\\b");

	private static final Pattern BALANCE_AS_OF = Pattern.compile(
			"(?i)^(?:(?:opening|closing|account|ending|available)\\s+)?(?:balance|saldo|solde|kontostand)\\s+(?:as\\s+of|as\\s+at|at|on|per|au|am|op|al|vom|du|del|em|el)\\b");

	private final DocumentFacts facts;

	private final int fallbackYear;

	StatementAssembler(DocumentFacts facts, int fallbackYear) {
		this.facts = facts;
		this.fallbackYear = fallbackYear;
	}

	Statement assemble(Section section) {
		List<String> warnings = new ArrayList<>();
		if (section.inferredColumns) {
			warnings.add("No table header was found; columns were inferred from how the amounts line up");
		}
		String currency = currency(section);
		List<DateToken> rowDates = new ArrayList<>();
		for (RawRow row : section.rows) {
			if (row.kind == Kind.TRANSACTION && !row.dateInherited) {
				rowDates.add(row.date);
				if (row.valueDate != null) {
					rowDates.add(row.valueDate);
				}
			}
		}
		DateOrder.Decision order = DateOrder.decide(rowDates, this.facts.allDates, currency);
		addIfPresent(warnings, order.warning());
		DateResolver dates = new DateResolver(order.monthFirst(), this.facts.periodStart, this.facts.periodEnd,
				this.facts.fullDates, rowDates, this.fallbackYear);

		List<RawRow> transactions = new ArrayList<>();
		BigDecimal opening = null;
		BigDecimal closing = null;
		boolean card = this.facts.card;
		for (RawRow row : section.rows) {
			if (row.kind == Kind.TRANSACTION) {
				transactions.add(row);
				closing = null;
			}
			else if (row.kind == Kind.OPENING && transactions.isEmpty() && opening == null) {
				opening = Signs.balance(row.stated(), card);
			}
			else if (row.kind == Kind.CLOSING && !transactions.isEmpty()) {
				closing = Signs.balance(row.stated(), card);
			}
		}
		BigDecimal[] box = summaryBalances(section, dates, card);
		if (opening == null) {
			opening = box[0];
		}
		if (closing == null) {
			closing = box[1];
		}

		Signs signs = new Signs();
		List<BigDecimal> amounts = signs.resolve(transactions, opening, card);
		warnings.addAll(signs.warnings());
		List<Transaction> result = new ArrayList<>();
		int impossible = 0;
		for (int i = 0; i < transactions.size(); i++) {
			RawRow row = transactions.get(i);
			LocalDate date = dates.resolve(row.date);
			if (date == null) {
				impossible++;
				continue;
			}
			result.add(transaction(row, date, dates.resolve(row.valueDate), amounts.get(i), card));
		}
		if (impossible > 0) {
			warnings.add(impossible + " row(s) with an impossible date were left out");
		}
		addIfPresent(warnings, dates.yearWarning());
		Account account = account(section.accountIdentifier);
		return new Statement(account, currency, dates.periodStart(), dates.periodEnd(), opening, closing, result,
				warnings);
	}

	private static void addIfPresent(List<String> warnings, String warning) {
		if (warning != null) {
			warnings.add(warning);
		}
	}

	private Transaction transaction(RawRow row, LocalDate date, LocalDate valueDate, BigDecimal amount, boolean card) {
		String counterparty = row.counterparty.toString();
		String counterpartyAccount = null;
		Matcher iban = COUNTERPARTY_ACCOUNT.matcher(counterparty);
		if (iban.find()) {
			counterpartyAccount = iban.group(1);
			counterparty = (counterparty.substring(0, iban.start()) + counterparty.substring(iban.end())).strip();
		}
		String description = row.description.toString();
		if (description.isBlank()) {
			description = counterparty;
		}
		String currency = null;
		Amount printed = (row.amount != null) ? row.amount : (row.debit != null ? row.debit : row.credit);
		if (printed != null && printed.currency() != null && !"$".equals(printed.currency())) {
			currency = printed.currency();
		}
		return Transaction.builder(date, amount)
			.valueDate(valueDate)
			.description(description)
			.balance(Signs.balance(row.balance, card))
			.reference(row.reference.toString())
			.counterparty(counterparty)
			.counterpartyAccount(counterpartyAccount)
			.currency(currency)
			.page(row.page)
			.build();
	}

	/**
	 * Balances a section states outside its table ("Previous balance", "Solde
	 * d'ouverture", "Balance as of 01.10.2025"), for tables that print none.
	 */
	private BigDecimal[] summaryBalances(Section section, DateResolver dates, boolean card) {
		BigDecimal opening = null;
		BigDecimal closing = null;
		LocalDate earliest = null;
		LocalDate latest = null;
		BigDecimal atEarliest = null;
		BigDecimal atLatest = null;
		for (Line line : section.outside) {
			List<List<Word>> phrases = line.phrases();
			Amount amount = AmountParser.parse(Phrases.text(phrases.get(phrases.size() - 1))).orElse(null);
			if (amount == null || phrases.size() < 2) {
				continue;
			}
			String label = Phrases.text(phrases.get(0));
			BigDecimal value = Signs.balance(amount, card);
			if (BALANCE_AS_OF.matcher(Keywords.words(label)).find()) {
				List<DateParser.Found> found = DateParser.findAll(line.text());
				LocalDate date = found.isEmpty() ? null : dates.resolve(found.get(0).token());
				if (date != null) {
					if (earliest == null || date.isBefore(earliest)) {
						earliest = date;
						atEarliest = value;
					}
					if (latest == null || date.isAfter(latest)) {
						latest = date;
						atLatest = value;
					}
				}
				continue;
			}
			if (opening == null && Keywords.opening(label)) {
				opening = value;
			}
			else if (closing == null && Keywords.closing(label)) {
				closing = value;
			}
		}
		if (opening == null && earliest != null && latest != null && earliest.isBefore(latest)) {
			opening = atEarliest;
		}
		if (closing == null && earliest != null && latest != null && earliest.isBefore(latest)) {
			closing = atLatest;
		}
		return new BigDecimal[] { opening, closing };
	}

	private String currency(Section section) {
		Map<String, Integer> counts = new HashMap<>();
		for (RawRow row : section.rows) {
			for (Amount amount : new Amount[] { row.amount, row.debit, row.credit, row.balance }) {
				if (amount != null && amount.currency() != null) {
					counts.merge(amount.currency(), 1, Integer::sum);
				}
			}
		}
		String printed = counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
		if (printed != null && !"$".equals(printed)) {
			return printed;
		}
		String named = this.facts.mainCurrency();
		if (named != null) {
			return named;
		}
		return "$".equals(printed) || this.facts.text.contains("$") ? this.facts.dollar() : null;
	}

	private static Account account(String identifier) {
		if (identifier == null) {
			return Account.UNKNOWN;
		}
		String compact = identifier.replace(" ", "");
		if (AccountLines.validIban(compact)) {
			return new Account(null, null, compact, null);
		}
		return new Account(null, identifier, null, null);
	}

}
