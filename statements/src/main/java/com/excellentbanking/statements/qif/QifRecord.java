package com.excellentbanking.statements.qif;

import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * The field lines of one QIF entry, up to its {@code ^}, in file order (order matters:
 * split fields belong to the {@code S} line before them).
 */
final class QifRecord {

	/** Quicken allows 250 splits of three lines each; more is not a statement. */
	static final int MAX_FIELDS = 4096;

	record Field(char code, String value) {
	}

	private final List<Field> fields = new ArrayList<>();

	private final long firstLine;

	QifRecord(long firstLine) {
		this.firstLine = firstLine;
	}

	void add(char code, String value) {
		if (this.fields.size() >= MAX_FIELDS) {
			throw new StatementException(ErrorCode.CORRUPT_FILE,
					"The QIF entry starting on line " + this.firstLine + " has more than " + MAX_FIELDS + " fields");
		}
		this.fields.add(new Field(code, value));
	}

	List<Field> fields() {
		return this.fields;
	}

	boolean isEmpty() {
		return this.fields.isEmpty();
	}

	long firstLine() {
		return this.firstLine;
	}

	/** The first value of a field, or {@code null}. */
	String first(char code) {
		for (Field field : this.fields) {
			if (field.code() == code) {
				return field.value();
			}
		}
		return null;
	}

}
