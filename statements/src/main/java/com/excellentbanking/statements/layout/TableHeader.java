package com.excellentbanking.statements.layout;

import java.util.List;

/**
 * A transaction table's title row, columns left to right. {@code inferred} headers were
 * not printed but reconstructed from how values line up.
 */
public record TableHeader(List<Column> columns, int page, double baseline, boolean inferred) {

	public TableHeader {
		columns = List.copyOf(columns);
	}

	public boolean has(ColumnRole role) {
		return this.columns.stream().anyMatch((c) -> c.role() == role);
	}

}
