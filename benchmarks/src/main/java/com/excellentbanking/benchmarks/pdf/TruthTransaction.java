package com.excellentbanking.benchmarks.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A transaction as the generator printed it: what a perfect reader returns. {@code lines}
 * is the description as printed over one or more lines; {@code balance} is the running
 * balance from the holder's side, {@code null} when the layout prints none.
 */
record TruthTransaction(LocalDate date, List<String> lines, BigDecimal amount, BigDecimal balance) {

	String description() {
		return String.join(" ", this.lines);
	}

}
