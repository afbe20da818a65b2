package com.excellentbanking.statements.model;

import java.util.Locale;

/** The formats the engine reads, as detected from content. */
public enum StatementFormat {

	CSV(false), OFX(false), QIF(false), CAMT(false), MT940(false), PDF(true), IMAGE(true);

	private final boolean paged;

	StatementFormat(boolean paged) {
		this.paged = paged;
	}

	/** Lower-case name used on the wire ({@code detected_format}). */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Paged formats are charged per page, the others per started block of characters. */
	public boolean paged() {
		return this.paged;
	}

}
