package com.excellentbanking.statements.ofx;

/**
 * The element structure of an OFX document, whichever dialect it was written in:
 * aggregates open and close, leaves carry a value.
 */
interface OfxEvents {

	void open(String name);

	/** A leaf element; {@code value} is unescaped and stripped, empty when absent. */
	void leaf(String name, String value);

	void close(String name);

}
