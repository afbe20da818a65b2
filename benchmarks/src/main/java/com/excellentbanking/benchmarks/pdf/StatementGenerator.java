package com.excellentbanking.benchmarks.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes up statements with known contents: accounts, periods (some across the turn of the
 * year), transactions with one- to three-line descriptions, and balances that add up.
 */
final class StatementGenerator {

	private static final String[] MERCHANTS = { "TESCO STORES 2041", "AMAZON MARKETPLACE", "SHELL FUEL STATION",
			"NETFLIX.COM", "SPOTIFY PREMIUM", "ALBERT HEIJN 1234", "REWE MARKT GMBH", "CARREFOUR MARKET",
			"MERCADONA S.A.", "DEUTSCHE BAHN", "UBER TRIP", "STARBUCKS COFFEE", "IKEA STORE 088", "APPLE.COM/BILL",
			"VODAFONE MOBILE", "CITY COUNCIL TAX", "WATER SUPPLY CO", "GYM MEMBERSHIP", "PHARMACY 24", "BOOKSHOP LTD",
			"ELECTRICITY PROVIDER", "INSURANCE PREMIUM", "RESTAURANT LE PETIT", "PARKING GARAGE", "CINEMA CITY" };

	private static final String[] CREDITS = { "SALARY ACME LTD", "TRANSFER FROM SAVINGS", "REFUND AMAZON",
			"INTEREST PAYMENT", "TAX REFUND", "CASHBACK REWARD" };

	private static final String[] SECOND_LINES = { "REF 483920", "CARD 4821 LONDON", "SEPA DIRECT DEBIT",
			"MANDATE M-20931", "TERMINAL 00412", "ORDER 112-3345", "VIA MOBILE APP", "INVOICE 2024-118",
			"STANDING ORDER", "CONTACTLESS", "PAID 12/03 AT 14:05", "24 HOUR SERVICE", "-1234 POS DEBIT",
			"TOTAL ENERGIES 0042" };

	private static final String[] THIRD_LINES = { "MEMBER 55120", "BRANCH 17", "AUTH CODE 99812" };

	private final Random random;

	StatementGenerator(long seed) {
		this.random = new Random(seed);
	}

	List<TruthStatement> generate(LayoutSpec layout, int transactionsPerAccount) {
		LocalDate start = periodStart();
		LocalDate end = start.plusMonths(1).minusDays(1);
		List<TruthStatement> statements = new ArrayList<>();
		for (int account = 0; account < layout.accounts(); account++) {
			statements.add(account(layout, start, end, transactionsPerAccount));
		}
		return statements;
	}

	private LocalDate periodStart() {
		int year = 2022 + this.random.nextInt(4);
		// One statement in five runs from mid-December into January.
		if (this.random.nextInt(5) == 0) {
			return LocalDate.of(year, 12, 15);
		}
		return LocalDate.of(year, 1 + this.random.nextInt(12), 1);
	}

	private TruthStatement account(LayoutSpec layout, LocalDate start, LocalDate end, int count) {
		BigDecimal balance = layout.card() ? money(0, 3000).negate() : money(500, 20000);
		BigDecimal opening = balance;
		List<LocalDate> dates = new ArrayList<>();
		long days = end.toEpochDay() - start.toEpochDay();
		for (int i = 0; i < count; i++) {
			dates.add(start.plusDays(this.random.nextInt((int) days + 1)));
		}
		dates.sort(null);
		List<TruthTransaction> transactions = new ArrayList<>();
		boolean printsBalance = layout.has(LayoutSpec.Kind.BALANCE);
		for (LocalDate date : dates) {
			boolean credit = layout.card() ? this.random.nextInt(6) == 0
					: (this.random.nextInt(5) == 0 || balance.compareTo(new BigDecimal("300")) < 0);
			BigDecimal amount = credit ? money(10, 3500) : money(1, this.random.nextInt(8) == 0 ? 3000 : 300).negate();
			balance = balance.add(amount);
			List<String> lines = new ArrayList<>();
			lines.add(credit ? pick(CREDITS) : pick(MERCHANTS));
			if (this.random.nextInt(10) < 4) {
				lines.add(pick(SECOND_LINES));
				if (this.random.nextInt(4) == 0) {
					lines.add(pick(THIRD_LINES));
				}
			}
			transactions.add(new TruthTransaction(date, lines, amount, printsBalance ? balance : null));
		}
		String number = (100 + this.random.nextInt(900)) + "-" + (100000 + this.random.nextInt(900000)) + "-"
				+ (100 + this.random.nextInt(900));
		return new TruthStatement(number, start, end, opening, balance, transactions);
	}

	private BigDecimal money(int min, int max) {
		long cents = min * 100L + (long) (this.random.nextDouble() * (max - min) * 100);
		return BigDecimal.valueOf(cents, 2);
	}

	private String pick(String[] options) {
		return options[this.random.nextInt(options.length)];
	}

}
