package com.excellentbanking.statements.mt940;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code :61:} statement line: value date {@code YYMMDD}, optional entry date
 * {@code MMDD}, mark, optional funds code, amount, transaction type, customer reference,
 * optional {@code //} bank reference, and supplementary details on the next line.
 *
 * <p>
 * Marks: {@code C} credit, {@code D} debit, {@code RC} reversal of a credit, which takes
 * the money back out (a debit entry), {@code RD} reversal of a debit, which returns it (a
 * credit entry). German banks often write {@code CR}/{@code DR}: that is {@code C}/
 * {@code D} followed by the funds code {@code R}, so the sign is the same.
 */
record StatementLine(LocalDate valueDate, LocalDate entryDate, String mark, BigDecimal amount, String typeCode,
		String customerReference, String bankReference, String supplementaryDetails) {

	// Sparkassen put a line break between mark and amount; entry dates may be blank.
	private static final Pattern LINE = Pattern.compile("(?<value>\\d{6})(?<entry>\\d{4}| {4})?\\s*"
			+ "(?<mark>R[CD]|[CD]|E[CD])(?<funds>[A-Z])?\\s*(?<amount>\\d[\\d,]{0,15}|,\\d{1,15})"
			+ "(?<type>[A-Z][A-Z0-9 ]{3})?(?<rest>[^\\n]*)(?:\\n(?<details>[\\s\\S]*))?");

	static StatementLine parse(SwiftField field, List<String> warnings) {
		String text = field.value().strip();
		Matcher matcher = LINE.matcher(text);
		if (!matcher.matches()) {
			throw SwiftValues.corrupt(field.line(), "statement line :61: '" + firstLine(text)
					+ "' does not start with a value date, a C/D mark and an amount");
		}
		LocalDate valueDate = SwiftValues.date(matcher.group("value"), field.line(), warnings);
		String entry = matcher.group("entry");
		LocalDate entryDate = (entry == null || entry.isBlank()) ? null
				: SwiftValues.entryDate(entry, valueDate, field.line(), warnings);
		String mark = matcher.group("mark");
		BigDecimal amount = SwiftValues.amount(matcher.group("amount"), field.line());
		boolean moneyOut = mark.equals("D") || mark.equals("ED") || mark.equals("RC");
		String rest = matcher.group("rest");
		int split = rest.indexOf("//");
		String customer = (split >= 0) ? rest.substring(0, split) : rest;
		String bank = (split >= 0) ? rest.substring(split + 2) : null;
		String details = matcher.group("details");
		// The customer reference is at most 16 characters; Rabobank pads it with spaces
		// and writes the supplementary details (a name) on the same line.
		if (split < 0 && customer.length() > 16 && customer.charAt(15) == ' ') {
			details = (details == null) ? customer.substring(16) : customer.substring(16) + "\n" + details;
			customer = customer.substring(0, 16);
		}
		return new StatementLine(valueDate, entryDate, mark, moneyOut ? amount.negate() : amount,
				blankToNull(matcher.group("type")), blankToNull(customer), blankToNull(bank),
				(details == null) ? null : blankToNull(details.replace('\n', ' ')));
	}

	/** The booking date: the entry date when given, else the value date. */
	LocalDate bookingDate() {
		return (this.entryDate != null) ? this.entryDate : this.valueDate;
	}

	boolean reversal() {
		return this.mark.startsWith("R");
	}

	/**
	 * The reference worth showing: the customer's, unless it is the placeholder
	 * {@code NONREF} or a bare SEPA keyword ({@code KREF+}) whose value is in
	 * {@code :86:}.
	 */
	String reference() {
		if (this.customerReference != null && !this.customerReference.equalsIgnoreCase("NONREF")
				&& !this.customerReference.endsWith("+")) {
			return this.customerReference;
		}
		return (this.bankReference != null && !this.bankReference.equalsIgnoreCase("NONREF")) ? this.bankReference
				: null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		String line = (end >= 0) ? text.substring(0, end) : text;
		return (line.length() > 60) ? line.substring(0, 60) + "..." : line;
	}

}
