package com.excellentbanking.benchmarks.pdf;

/** Counts behind the accuracy figures of one layout, or of all of them. */
final class Score {

	int expected;

	int extracted;

	int matched;

	int descriptionsExact;

	int balancesExpected;

	int balancesRight;

	int statements;

	int statementsReconciled;

	int pages;

	double seconds;

	void add(Score other) {
		this.expected += other.expected;
		this.extracted += other.extracted;
		this.matched += other.matched;
		this.descriptionsExact += other.descriptionsExact;
		this.balancesExpected += other.balancesExpected;
		this.balancesRight += other.balancesRight;
		this.statements += other.statements;
		this.statementsReconciled += other.statementsReconciled;
		this.pages += other.pages;
		this.seconds += other.seconds;
	}

	double precision() {
		return (this.extracted == 0) ? (this.expected == 0 ? 1 : 0) : (double) this.matched / this.extracted;
	}

	double recall() {
		return (this.expected == 0) ? 1 : (double) this.matched / this.expected;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	double balances() {
		return (this.balancesExpected == 0) ? Double.NaN : (double) this.balancesRight / this.balancesExpected;
	}

	double reconciled() {
		return (this.statements == 0) ? Double.NaN : (double) this.statementsReconciled / this.statements;
	}

	double descriptions() {
		return (this.matched == 0) ? Double.NaN : (double) this.descriptionsExact / this.matched;
	}

}
