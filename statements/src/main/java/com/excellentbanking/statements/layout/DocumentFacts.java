package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a whole document says about itself beyond its tables: the dates it prints (for the
 * year of dates printed without one, and the day/month order), its period, whether it is
 * a card statement, and the currencies it names.
 */
final class DocumentFacts {

	private static final Pattern PERIOD_JOIN = Pattern
		.compile("(?i)^\\s*(?:-|–|—|to|bis|au|al|a|tot|t/m|through|thru|until|till|hasta|fino al|ate|até|à)\\s*$");

	private static final List<String> CARD = List.of("credit card", "card number", "card no", "cardmember",
			"cardholder", "minimum payment", "minimum due", "payment due", "credit limit", "kreditkarte",
			"carte de credit", "tarjeta de credito", "creditcard", "carta di credito", "cartao de credito",
			"mindestbetrag", "paiement minimum");

	private static final Pattern ISO_CODE = Pattern.compile(
			"\\b(EUR|USD|GBP|CHF|SGD|HKD|CAD|AUD|NZD|JPY|CNY|INR|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|MXN|BRL|AED|MYR|THB)\\b");

	private static final Pattern CAD_WORD = Pattern.compile("\\bcad\\b|(?<![a-z])c\\$");

	private static final Pattern SGD_SIGN = Pattern.compile("(?<![a-z])s\\$");

	final List<DateToken> allDates = new ArrayList<>();

	final List<DateToken> fullDates = new ArrayList<>();

	DateToken periodStart;

	DateToken periodEnd;

	boolean card;

	final Map<String, Integer> currencyCodes = new HashMap<>();

	String text = "";

	static DocumentFacts of(List<Line> lines) {
		DocumentFacts facts = new DocumentFacts();
		StringBuilder all = new StringBuilder();
		for (Line line : lines) {
			String text = line.text();
			all.append(text).append('\n');
			List<DateParser.Found> found = DateParser.findAll(text);
			for (DateParser.Found f : found) {
				facts.allDates.add(f.token());
				if (f.token().year() != null) {
					facts.fullDates.add(f.token());
				}
			}
			if (facts.periodStart == null) {
				facts.findPeriod(text, found);
			}
		}
		facts.text = all.toString();
		Matcher code = ISO_CODE.matcher(facts.text);
		while (code.find()) {
			facts.currencyCodes.merge(code.group(1), 1, Integer::sum);
		}
		// One phrase is not enough: "RBC CREDIT CARD" is a common payee on current
		// accounts.
		String folded = Keywords.normalize(facts.text);
		facts.card = CARD.stream().filter(folded::contains).count() >= 2;
		return facts;
	}

	private void findPeriod(String text, List<DateParser.Found> found) {
		for (int i = 0; i + 1 < found.size(); i++) {
			DateParser.Found a = found.get(i);
			DateParser.Found b = found.get(i + 1);
			if (b.token().year() == null) {
				continue;
			}
			String between = text.substring(a.end(), b.start());
			if (PERIOD_JOIN.matcher(between).matches()) {
				this.periodStart = a.token();
				this.periodEnd = b.token();
				return;
			}
		}
	}

	/** The currency the document names most, for statements whose amounts name none. */
	String mainCurrency() {
		return this.currencyCodes.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/**
	 * "$" alone is the dollar of the issuer's country; the document's own words tell
	 * which.
	 */
	String dollar() {
		String lower = this.text.toLowerCase(Locale.ROOT);
		// Whole words and signs only: "academy" holds "cad", "US$" holds "S$".
		if (lower.contains("canada") || CAD_WORD.matcher(lower).find()) {
			return "CAD";
		}
		if (lower.contains("singapore") || SGD_SIGN.matcher(lower).find()) {
			return "SGD";
		}
		if (lower.contains("hong kong") || lower.contains("hk$")) {
			return "HKD";
		}
		if (lower.contains("australia")) {
			return "AUD";
		}
		if (lower.contains("new zealand")) {
			return "NZD";
		}
		return "USD";
	}

}
