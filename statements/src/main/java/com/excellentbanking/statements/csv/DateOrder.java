package com.excellentbanking.statements.csv;

/** The order of day, month and year in a printed date. */
enum DateOrder {

	DMY, MDY, YMD;

	String example() {
		return switch (this) {
			case DMY -> "day/month/year";
			case MDY -> "month/day/year";
			case YMD -> "year/month/day";
		};
	}

}
