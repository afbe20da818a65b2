package com.excellentbanking.statements.model;

/**
 * The account a statement is for. Every part is optional: formats name accounts
 * differently. {@code number} is the bank's own account number, {@code iban} the IBAN
 * when known.
 */
public record Account(String bank, String number, String iban, String holder) {

	public static final Account UNKNOWN = new Account(null, null, null, null);

	public Account {
		bank = Text.blankToNull(bank);
		number = (number == null || number.isBlank()) ? null : number.strip();
		iban = (iban == null || iban.isBlank()) ? null : iban.replaceAll("\\s+", "").toUpperCase();
		holder = Text.blankToNull(holder);
	}

	public String maskedNumber() {
		return Text.maskAllButLast4(this.number);
	}

	public String maskedIban() {
		return Text.maskAllButLast4(this.iban);
	}

	/**
	 * A stable key for "the same account" across files (IBAN first, then number), or
	 * {@code null} when the statement does not name its account.
	 */
	public String identity() {
		if (this.iban != null) {
			return this.iban;
		}
		return (this.number != null) ? this.number.replaceAll("[\\s-]", "") : null;
	}

}
