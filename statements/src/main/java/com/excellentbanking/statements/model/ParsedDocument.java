package com.excellentbanking.statements.model;

import java.util.List;

/**
 * What a parser read from one file. {@code pageCount} is 0 for formats without pages;
 * {@code characterCount} is the number of characters of decoded (or extracted) text,
 * which drives credits for structured files.
 */
public record ParsedDocument(StatementFormat format, int pageCount, long characterCount, List<Statement> statements,
		List<String> warnings) {

	public ParsedDocument {
		statements = List.copyOf(statements);
		warnings = List.copyOf(warnings);
	}

}
