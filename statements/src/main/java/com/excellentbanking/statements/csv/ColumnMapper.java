package com.excellentbanking.statements.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Decides each column's role: from the header when there is one (checked against the
 * column's content), and from content alone for what the header does not name or when the
 * file has no header.
 */
final class ColumnMapper {

	private static final Pattern DOLLAR = Pattern.compile("^[-+(]?\\s*(US)?\\$.*|.*\\bUSD\\b.*");

	private static final int MAX_PAIR_COLUMNS = 12;

	private record Candidate(int column, int strength, boolean namesCurrency) {
	}

	private final List<String> header;

	private final List<CsvRow> rows;

	private final int width;

	private final Map<ColumnRole, List<Candidate>> candidates = new EnumMap<>(ColumnRole.class);

	private final Set<Integer> used = new HashSet<>();

	private final List<String> notes = new ArrayList<>();

	private List<ColumnProfile> profiles;

	private ColumnMapper(List<String> header, List<CsvRow> rows) {
		this.header = header;
		this.rows = rows;
		int widest = (header != null) ? header.size() : 0;
		for (CsvRow row : rows) {
			widest = Math.max(widest, row.cells().size());
		}
		this.width = widest;
	}

	/**
	 * @param header the header cells, or {@code null} for a file without a header
	 * @param rows the rows below the header (or all rows)
	 * @throws StatementException {@code unsupported_format} when no date or amount column
	 * exists
	 */
	static ColumnMapping map(List<String> header, List<CsvRow> rows) {
		return new ColumnMapper(header, rows).map();
	}

	private ColumnMapping map() {
		HeaderRoles.Language language = (this.header != null) ? HeaderRoles.language(this.header)
				: HeaderRoles.Language.OTHER;
		DateOrder preferred = (language == HeaderRoles.Language.EN && mentionsDollars()) ? DateOrder.MDY
				: DateOrder.DMY;
		char fileDecimal = fileDecimal(language);
		this.profiles = ColumnProfile.of(this.rows, this.width, preferred, fileDecimal);
		if (this.header != null) {
			collectHeaderCandidates();
		}
		int date = pickDate();
		int valueDate = pick(ColumnRole.VALUE_DATE);
		if (valueDate < 0 && this.header == null) {
			valueDate = firstUnused(ColumnProfile::isDates);
		}
		int amount = pickAmount();
		int debit = -1;
		int credit = -1;
		if (amount < 0) {
			debit = pick(ColumnRole.DEBIT);
			credit = pick(ColumnRole.CREDIT);
			if (debit < 0 && credit < 0) {
				int[] pair = contentAmounts();
				amount = pair[0];
				debit = pair[1];
				credit = pair[2];
			}
		}
		if (amount < 0 && debit < 0 && credit < 0) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"The CSV file has no column of amounts; it does not look like a bank statement");
		}
		int balance = pickBalance(amount);
		int direction = -1;
		DirectionFlag blankDirection = null;
		if (amount >= 0 && profile(amount).negatives() == 0) {
			direction = pickDirection();
			if (direction >= 0 && profile(direction).flagKinds().size() == 1
					&& profile(direction).nonBlank() < this.rows.size()) {
				blankDirection = profile(direction).flagKinds().iterator().next().opposite();
			}
		}
		int currency = pick(ColumnRole.CURRENCY);
		if (currency < 0) {
			currency = firstUnused(ColumnProfile::isCurrencyCodes);
		}
		int counterparty = pickText(ColumnRole.COUNTERPARTY);
		List<Integer> description = descriptionColumns(counterparty);
		return new ColumnMapping(date, valueDate, description, counterparty, amount, debit, credit, direction,
				blankDirection, balance, currency, pickText(ColumnRole.REFERENCE),
				pickText(ColumnRole.COUNTERPARTY_ACCOUNT), pickText(ColumnRole.TYPE), pickText(ColumnRole.ACCOUNT),
				pickText(ColumnRole.HOLDER), headerCurrency(amount, debit, credit), this.profiles, this.notes);
	}

	private void collectHeaderCandidates() {
		for (int column = 0; column < this.header.size(); column++) {
			String name = this.header.get(column);
			ColumnProfile profile = profile(column);
			HeaderRoles.match(name).ifPresent((match) -> {
				if (match.roles().contains(ColumnRole.IGNORED)) {
					// named as something else (a foreign amount, a fee): never guessed
					// from content
					use(profile.index());
					return;
				}
				for (ColumnRole role : match.roles()) {
					if (fits(role, profile)) {
						this.candidates.computeIfAbsent(role, (r) -> new ArrayList<>())
							.add(new Candidate(profile.index(), match.strength(),
									HeaderRoles.currencyIn(name) != null));
						return;
					}
				}
			});
		}
	}

	private static boolean fits(ColumnRole role, ColumnProfile profile) {
		return switch (role) {
			case DATE, TRANSACTION_DATE, VALUE_DATE -> profile.isMostlyDates();
			case AMOUNT -> profile.isMostlyAmounts();
			case DEBIT, CREDIT -> profile.isBlank() || profile.isMostlyAmounts();
			case BALANCE -> profile.isMostlyAmounts() && !profile.isConstant();
			case CURRENCY -> profile.isCurrencyCodes();
			case DIRECTION -> profile.isFlags();
			default -> true;
		};
	}

	private int pickDate() {
		int date = pick(ColumnRole.TRANSACTION_DATE);
		if (date < 0) {
			date = pick(ColumnRole.DATE);
		}
		if (date < 0) {
			date = firstUnused(ColumnProfile::isDates);
		}
		if (date < 0) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"The CSV file has no column of dates; it does not look like a bank statement");
		}
		DateFormatInference.DateFormat format = profile(date).dateFormat();
		if (format.ambiguous()) {
			this.notes.add("Dates such as '" + firstValue(date) + "' could be day/month or month/day; read as "
					+ format.order().example());
		}
		return date;
	}

	private int pickAmount() {
		List<Candidate> amounts = this.candidates.getOrDefault(ColumnRole.AMOUNT, List.of());
		return amounts.stream()
			.filter((c) -> !this.used.contains(c.column()))
			.min(Comparator.comparing((Candidate c) -> !c.namesCurrency())
				.thenComparing(Comparator.comparingInt(Candidate::strength).reversed())
				.thenComparingInt(Candidate::column))
			.map((c) -> use(c.column()))
			.orElse(-1);
	}

	/**
	 * Amount columns by content: two columns of which each row fills exactly one are
	 * money out and money in; otherwise the first column of decimals is the amount.
	 */
	private int[] contentAmounts() {
		List<Integer> numeric = new ArrayList<>();
		for (ColumnProfile profile : this.profiles) {
			// a bounded pair search: statements have a handful of money columns, a
			// hostile
			// file may have hundreds
			if (!this.used.contains(profile.index()) && profile.isAmounts() && numeric.size() < MAX_PAIR_COLUMNS) {
				numeric.add(profile.index());
			}
		}
		for (int i = 0; i < numeric.size(); i++) {
			for (int j = i + 1; j < numeric.size(); j++) {
				if (exclusive(numeric.get(i), numeric.get(j))) {
					return debitCreditGuess(numeric.get(i), numeric.get(j));
				}
			}
		}
		int amount = numeric.stream()
			.filter((c) -> profile(c).fractions() > 0)
			.findFirst()
			.orElse(numeric.isEmpty() ? -1 : numeric.get(0));
		return new int[] { (amount < 0) ? -1 : use(amount), -1, -1 };
	}

	private int[] debitCreditGuess(int first, int second) {
		ColumnProfile a = profile(first);
		ColumnProfile b = profile(second);
		int debit;
		if (a.negatives() > 0 != b.negatives() > 0) {
			debit = (a.negatives() > 0) ? first : second;
		}
		else {
			// Without a header, the side used by more rows is taken as money out: card
			// payments outnumber incoming payments on almost every account.
			debit = (b.nonBlank() > a.nonBlank()) ? second : first;
			this.notes.add("No header names the two amount columns; column " + (debit + 1)
					+ " (used by more rows) was read as money out and column "
					+ ((debit == first) ? second + 1 : first + 1) + " as money in");
		}
		int credit = (debit == first) ? second : first;
		use(debit);
		use(credit);
		return new int[] { -1, debit, credit };
	}

	private boolean exclusive(int a, int b) {
		int dated = 0;
		int exactlyOne = 0;
		for (CsvRow row : this.rows) {
			boolean hasA = !row.cell(a).isEmpty();
			boolean hasB = !row.cell(b).isEmpty();
			if (!hasA && !hasB) {
				continue;
			}
			dated++;
			if (hasA != hasB) {
				exactlyOne++;
			}
		}
		return dated > 0 && exactlyOne >= dated * 0.9 && profile(a).nonBlank() > 0 && profile(b).nonBlank() > 0;
	}

	private int pickBalance(int amount) {
		int balance = pick(ColumnRole.BALANCE);
		if (balance >= 0 || this.header != null || amount < 0) {
			return balance;
		}
		for (ColumnProfile profile : this.profiles) {
			if (!this.used.contains(profile.index()) && profile.isAmounts() && chains(amount, profile.index())) {
				return use(profile.index());
			}
		}
		return -1;
	}

	/**
	 * A running balance moves by the amount from one row to the next (in either order).
	 */
	private boolean chains(int amount, int balance) {
		int pairs = 0;
		int chained = 0;
		BigDecimal previousBalance = null;
		BigDecimal previousAmount = null;
		for (CsvRow row : this.rows) {
			BigDecimal a = profile(amount).amount(row.cell(amount));
			BigDecimal b = profile(balance).amount(row.cell(balance));
			if (a == null || b == null) {
				continue;
			}
			if (previousBalance != null) {
				pairs++;
				if (previousBalance.add(a).compareTo(b) == 0 || b.add(previousAmount).compareTo(previousBalance) == 0) {
					chained++;
				}
			}
			previousBalance = b;
			previousAmount = a;
		}
		return pairs > 0 && chained >= pairs * ColumnProfile.MOSTLY;
	}

	private int pickDirection() {
		int direction = pick(ColumnRole.DIRECTION);
		if (direction >= 0) {
			return direction;
		}
		for (ColumnProfile profile : this.profiles) {
			boolean typed = this.candidates.getOrDefault(ColumnRole.TYPE, List.of())
				.stream()
				.anyMatch((c) -> c.column() == profile.index());
			boolean unnamed = this.header == null || profile.index() >= this.header.size()
					|| this.header.get(profile.index()).isEmpty() || typed;
			if (unnamed && !this.used.contains(profile.index()) && profile.isFlags()) {
				return use(profile.index());
			}
		}
		return -1;
	}

	private List<Integer> descriptionColumns(int counterparty) {
		Set<Integer> columns = new HashSet<>();
		if (counterparty >= 0) {
			columns.add(counterparty);
		}
		for (ColumnRole role : List.of(ColumnRole.DESCRIPTION, ColumnRole.MEMO)) {
			for (Candidate candidate : this.candidates.getOrDefault(role, List.of())) {
				if (!this.used.contains(candidate.column()) && !profile(candidate.column()).isBlank()) {
					columns.add(use(candidate.column()));
				}
			}
		}
		if (columns.isEmpty() || (this.header == null)) {
			for (ColumnProfile profile : this.profiles) {
				boolean named = this.header != null && profile.index() < this.header.size()
						&& HeaderRoles.match(this.header.get(profile.index())).isPresent();
				if (!named && !this.used.contains(profile.index()) && profile.isText()) {
					columns.add(use(profile.index()));
				}
			}
		}
		return columns.stream().sorted().toList();
	}

	/** The first header candidate for a role that is still free, strongest first. */
	private int pick(ColumnRole role) {
		return this.candidates.getOrDefault(role, List.of())
			.stream()
			.filter((c) -> !this.used.contains(c.column()))
			.min(Comparator.comparingInt(Candidate::strength).reversed().thenComparingInt(Candidate::column))
			.map((c) -> use(c.column()))
			.orElse(-1);
	}

	/** Like {@link #pick} but skipping columns that are empty on every row. */
	private int pickText(ColumnRole role) {
		return this.candidates.getOrDefault(role, List.of())
			.stream()
			.filter((c) -> !this.used.contains(c.column()) && !profile(c.column()).isBlank())
			.min(Comparator.comparingInt(Candidate::strength).reversed().thenComparingInt(Candidate::column))
			.map((c) -> use(c.column()))
			.orElse(-1);
	}

	private int firstUnused(java.util.function.Predicate<ColumnProfile> test) {
		for (ColumnProfile profile : this.profiles) {
			if (!this.used.contains(profile.index()) && test.test(profile)) {
				return use(profile.index());
			}
		}
		return -1;
	}

	private int use(int column) {
		this.used.add(column);
		return column;
	}

	private ColumnProfile profile(int column) {
		return this.profiles.get(column);
	}

	private String firstValue(int column) {
		return this.rows.stream().map((r) -> r.cell(column)).filter((v) -> !v.isEmpty()).findFirst().orElse("");
	}

	private String headerCurrency(int... columns) {
		if (this.header == null) {
			return null;
		}
		for (int column : columns) {
			if (column >= 0 && column < this.header.size()) {
				String code = HeaderRoles.currencyIn(this.header.get(column));
				if (code != null) {
					return code;
				}
			}
		}
		return null;
	}

	private boolean mentionsDollars() {
		int checked = 0;
		for (CsvRow row : this.rows) {
			for (String cell : row.cells()) {
				if (cell.length() < 20 && DOLLAR.matcher(cell).matches()) {
					return true;
				}
			}
			if (++checked > 1000) {
				break;
			}
		}
		return false;
	}

	/**
	 * One decimal separator for the file, used for columns whose own values do not tell.
	 */
	private char fileDecimal(HeaderRoles.Language language) {
		NumberFormatInference.Votes votes = new NumberFormatInference.Votes(0, 0);
		for (int column = 0; column < this.width; column++) {
			List<String> values = new ArrayList<>();
			for (CsvRow row : this.rows) {
				String cell = row.cell(column);
				if (!cell.isEmpty() && AmountParser.looksLikeAmount(cell)) {
					values.add(cell);
				}
			}
			votes = votes.plus(NumberFormatInference.votes(values));
		}
		return votes.decision().orElse(language.usesDecimalComma() ? ',' : '.');
	}

}
