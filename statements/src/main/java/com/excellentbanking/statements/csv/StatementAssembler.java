package com.excellentbanking.statements.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

/**
 * Builds statements from read rows: one per account named in an account column, in
 * chronological order (newest-first exports are reversed so running balances chain), with
 * opening and closing balances stated by summary rows or derived from the running balance
 * column, and a warning whenever something was derived.
 */
final class StatementAssembler {

	private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}");

	/**
	 * What the file says beyond its rows: currency hints and the account in its title
	 * lines.
	 */
	record Context(String headerCurrency, String symbolCurrency, Account titleAccount, Map<String, String> holders) {
	}

	private StatementAssembler() {
	}

	static List<Statement> assemble(RowReader.Result result, Context context) {
		Map<String, List<Transaction>> groups = group(result.entries());
		List<Statement> statements = new ArrayList<>();
		for (Map.Entry<String, List<Transaction>> group : groups.entrySet()) {
			List<String> warnings = new ArrayList<>();
			List<Transaction> transactions = chronological(group.getValue(), warnings);
			RowReader.StatedBalances stated = result.stated()
				.getOrDefault(group.getKey(), result.stated().getOrDefault("", new RowReader.StatedBalances()));
			BigDecimal opening = stated.opening;
			BigDecimal closing = stated.closing;
			if (opening == null && closing == null) {
				opening = derivedOpening(transactions, warnings);
				closing = derivedClosing(transactions, warnings);
			}
			statements.add(new Statement(account(group.getKey(), context), currency(transactions, context), null, null,
					opening, closing, transactions, warnings));
		}
		return statements;
	}

	/**
	 * Rows grouped by account in order of first appearance; rows without an account stay
	 * with the account above them (card exports leave it empty on payment rows).
	 */
	static Map<String, List<Transaction>> group(List<RowReader.Entry> entries) {
		long distinct = entries.stream().map(RowReader.Entry::account).filter((a) -> a != null).distinct().count();
		// Many different values are the other party's account, not the statement's: an
		// export
		// of several own accounts names a handful, each on many rows.
		boolean split = distinct > 1 && (distinct <= 3 || distinct * 3 <= entries.size());
		String first = entries.stream().map(RowReader.Entry::account).filter((a) -> a != null).findFirst().orElse("");
		Map<String, List<Transaction>> groups = new LinkedHashMap<>();
		String previous = first;
		for (RowReader.Entry entry : entries) {
			String account = (entry.account() != null) ? entry.account() : previous;
			previous = account;
			String key = split ? account : ((distinct == 1) ? first : "");
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(entry.transaction());
		}
		return groups;
	}

	/**
	 * Newest-first exports reversed. The running balance decides when the file has one:
	 * in statement order each balance is the previous one plus its amount, which dates
	 * cannot show when several rows share a day. Without balances the dates decide: more
	 * steps down than up and the last date before the first, or far more steps down than
	 * up (a late correction appended at the end).
	 */
	static List<Transaction> chronological(List<Transaction> transactions, List<String> warnings) {
		int forward = 0;
		int backward = 0;
		for (int i = 1; i < transactions.size(); i++) {
			Transaction earlier = transactions.get(i - 1);
			Transaction later = transactions.get(i);
			if (earlier.balance() == null || later.balance() == null) {
				continue;
			}
			if (earlier.balance().add(later.amount()).compareTo(later.balance()) == 0) {
				forward++;
			}
			if (later.balance().add(earlier.amount()).compareTo(earlier.balance()) == 0) {
				backward++;
			}
		}
		if (forward != backward) {
			return (backward > forward) ? reversed(transactions, warnings) : transactions;
		}
		int down = 0;
		int up = 0;
		for (int i = 1; i < transactions.size(); i++) {
			int step = transactions.get(i).date().compareTo(transactions.get(i - 1).date());
			if (step < 0) {
				down++;
			}
			else if (step > 0) {
				up++;
			}
		}
		boolean lastBeforeFirst = transactions.get(transactions.size() - 1).date().isBefore(transactions.get(0).date());
		if ((down > up && lastBeforeFirst) || down > 2 * up + 1) {
			return reversed(transactions, warnings);
		}
		return transactions;
	}

	private static List<Transaction> reversed(List<Transaction> transactions, List<String> warnings) {
		List<Transaction> reversed = new ArrayList<>(transactions);
		Collections.reverse(reversed);
		warnings.add("Rows were newest first; put in chronological order");
		return reversed;
	}

	/**
	 * Opening = the first running balance minus the amounts up to and including its row.
	 * Only when a later row prints a balance too: with a single printed balance the
	 * derived opening and closing would only confirm each other.
	 */
	private static BigDecimal derivedOpening(List<Transaction> transactions, List<String> warnings) {
		if (transactions.stream().filter((t) -> t.balance() != null).count() < 2) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Transaction transaction : transactions) {
			sum = sum.add(transaction.amount());
			if (transaction.balance() != null) {
				BigDecimal opening = transaction.balance().subtract(sum);
				warnings.add("Opening balance " + opening.toPlainString() + " derived from the first running balance ("
						+ transaction.balance().toPlainString() + " on " + transaction.date() + ") minus "
						+ sum.toPlainString());
				return opening;
			}
		}
		return null;
	}

	/**
	 * Closing = the running balance of the last row. Rows after the last printed balance
	 * leave it open: adding their amounts to it would make them check themselves.
	 */
	private static BigDecimal derivedClosing(List<Transaction> transactions, List<String> warnings) {
		int unchecked = 0;
		for (int i = transactions.size() - 1; i >= 0 && transactions.get(i).balance() == null; i--) {
			unchecked++;
		}
		if (unchecked == transactions.size()) {
			return null;
		}
		if (unchecked > 0) {
			warnings.add(unchecked + " transaction(s) after the last running balance cannot be checked: "
					+ "closing balance left open");
			return null;
		}
		Transaction last = transactions.get(transactions.size() - 1);
		warnings.add("Closing balance " + last.balance().toPlainString() + " taken from the last running balance ("
				+ last.date() + ")");
		return last.balance();
	}

	private static String currency(List<Transaction> transactions, Context context) {
		Map<String, Integer> counts = new HashMap<>();
		for (Transaction transaction : transactions) {
			if (transaction.currency() != null && HeaderRoles.currencyIn(transaction.currency()) != null) {
				counts.merge(transaction.currency(), 1, Integer::sum);
			}
		}
		if (!counts.isEmpty()) {
			return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
		}
		return (context.headerCurrency() != null) ? context.headerCurrency() : context.symbolCurrency();
	}

	private static Account account(String key, Context context) {
		if (key == null || key.isEmpty()) {
			return context.titleAccount();
		}
		String holder = context.holders().get(key);
		String compact = key.replaceAll("\\s", "").toUpperCase();
		if (IBAN.matcher(compact).matches()) {
			return new Account(null, null, compact, holder);
		}
		return new Account(null, key, null, holder);
	}

}
