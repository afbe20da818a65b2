package com.excellentbanking.statements.model;

import java.util.Locale;

/** Why a file could not be read. The codes are stable: clients switch on them. */
public enum ErrorCode {

	UNSUPPORTED_FORMAT, ENCRYPTED_PDF, WRONG_PASSWORD, NO_TRANSACTIONS_FOUND, CORRUPT_FILE, TOO_LARGE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
