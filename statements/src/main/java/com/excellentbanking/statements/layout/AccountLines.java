package com.excellentbanking.statements.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the account a section of a statement is about: an IBAN, or an account or card
 * number on a line that names an account ("HKD Savings Account — 817-890692-001",
 * "Kontonummer 1234567890", "Card 5488-2926-6730-9473").
 */
final class AccountLines {

	private static final Pattern IBAN = Pattern
		.compile("\\b([A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\\b");

	private static final Pattern NUMBER = Pattern
		.compile("(?<![\\d.,/])((?:[X*•]{2,6}[ -]?){1,3}\\d{3,6}|\\d{2,8}(?:[ -]\\d{1,8}){1,4}|\\d{6,18})(?![\\d.,/])");

	private static final Pattern ACCOUNT_WORD = Pattern.compile(
			"(?i)\\b(account|acct|a/c|konto|kontonummer|compte|cuenta|rekening|rekeningnummer|conto|conta|card|karte|carte|tarjeta|kaart|carta|cartao|cartão|iban)\\b");

	private AccountLines() {
	}

	/**
	 * The account identifier on the line. Without an account word the line must stand in
	 * a place where only a section title can be (just above or below a table header).
	 */
	static Optional<String> identifier(String text, boolean titlePosition) {
		boolean named = ACCOUNT_WORD.matcher(text).find();
		if (!named && !titlePosition) {
			return Optional.empty();
		}
		Matcher iban = IBAN.matcher(text);
		if (iban.find() && validIban(iban.group(1).replace(" ", ""))) {
			return Optional.of(iban.group(1).replace(" ", ""));
		}
		// The number after the account word is the account's, not a post code before it.
		Matcher word = ACCOUNT_WORD.matcher(text);
		int from = (named && word.find()) ? word.end() : 0;
		Optional<String> after = number(text, from);
		return after.isPresent() ? after : number(text, 0);
	}

	private static Optional<String> number(String text, int from) {
		Matcher number = NUMBER.matcher(text);
		number.region(from, text.length());
		while (number.find()) {
			String found = number.group(1);
			long digits = found.chars().filter(Character::isDigit).count();
			boolean masked = !Character.isDigit(found.charAt(0));
			if (digits >= 6 || (masked && digits >= 3)) {
				return Optional.of(found.strip());
			}
		}
		return Optional.empty();
	}

	/** ISO 13616 check digits, so that a reference number is not taken for an IBAN. */
	static boolean validIban(String iban) {
		if (iban.length() < 15 || iban.length() > 34) {
			return false;
		}
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		int remainder = 0;
		for (char c : rearranged.toCharArray()) {
			int value = Character.isDigit(c) ? c - '0' : (Character.isLetter(c) ? c - 'A' + 10 : -1);
			if (value < 0) {
				return false;
			}
			remainder = (value >= 10) ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
		}
		return remainder == 1;
	}

	/**
	 * Digits and letters only, so "817-890692-001" and "817 890692 001" are one account.
	 */
	static String identity(String identifier) {
		return identifier.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
	}

}
