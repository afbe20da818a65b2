package com.excellentbanking.benchmarks.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One account's statement as generated: the ground truth a reader is scored against. */
record TruthStatement(String accountNumber, LocalDate periodStart, LocalDate periodEnd, BigDecimal opening,
		BigDecimal closing, List<TruthTransaction> transactions) {

}
