package com.excellentbanking.statements.mt940;

/**
 * One field of an MT940/MT942 message: its tag ({@code 61}, {@code 60F}, {@code NS}), its
 * value with continuation lines joined by {@code \n}, and the 1-based line it starts on.
 */
record SwiftField(String tag, String value, int line) {

	/**
	 * The tag without its option letter: {@code 60F} and {@code 60M} are both {@code 60}.
	 */
	String number() {
		return Character.isLetter(this.tag.charAt(this.tag.length() - 1)) && this.tag.length() == 3
				? this.tag.substring(0, 2) : this.tag;
	}

}
