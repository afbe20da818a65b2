package com.excellentbanking.statements.layout;

/** A table column: its role and where its title sits on the page. */
public record Column(ColumnRole role, double x0, double x1, String title) {

	public double center() {
		return (this.x0 + this.x1) / 2;
	}

}
