package com.excellentbanking.statements.model;

import java.util.List;

/** The engine's answer for one file: what was read, each statement checked. */
public record Extraction(StatementFormat format, int pageCount, long characterCount,
		List<ReconciledStatement> statements, List<String> warnings) {

	public Extraction {
		statements = List.copyOf(statements);
		warnings = List.copyOf(warnings);
	}

	public int transactionCount() {
		return this.statements.stream().mapToInt((s) -> s.statement().transactions().size()).sum();
	}

}
