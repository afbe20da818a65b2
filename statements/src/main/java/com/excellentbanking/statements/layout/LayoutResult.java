package com.excellentbanking.statements.layout;

import java.util.List;

import com.excellentbanking.statements.model.Statement;

/**
 * The statements read from a document's words, and warnings about the document as a
 * whole.
 */
public record LayoutResult(List<Statement> statements, List<String> warnings) {

	public LayoutResult {
		statements = List.copyOf(statements);
		warnings = List.copyOf(warnings);
	}

}
