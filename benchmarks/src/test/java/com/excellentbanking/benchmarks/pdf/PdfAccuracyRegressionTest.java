package com.excellentbanking.benchmarks.pdf;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slice of the PDF accuracy benchmark (one statement per layout, text layer only), so a
 * change that makes reading worse fails the build. Floors sit just under the figures of
 * the full run recorded in docs/accuracy/pdf.md.
 */
class PdfAccuracyRegressionTest {

	@Test
	void everyLayoutStaysAccurate() {
		Map<String, Score> scores = new AccuracyBenchmark().synthetic(Layouts.all(), 1, 42);

		scores.forEach((layout, score) -> assertThat(score.f1()).as(layout).isGreaterThanOrEqualTo(0.98));
		Score all = scores.get("all");
		assertThat(all.expected).isGreaterThan(300);
		assertThat(all.f1()).isGreaterThanOrEqualTo(0.995);
		assertThat(all.balances()).isGreaterThanOrEqualTo(0.99);
		assertThat(all.reconciled()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void scoringCountsMissesAndInventions() {
		Score perfect = new AccuracyBenchmark().synthetic(java.util.List.of(Layouts.usCard()), 1, 3).get("all");
		assertThat(perfect.matched).isEqualTo(perfect.expected);
		assertThat(Matcher.similarity("TESCO STORES 2041", "TESCO STORES 2O41")).isLessThan(1).isGreaterThan(0.6);
		assertThat(Matcher.similarity("TESCO STORES", "AMAZON")).isZero();
	}

}
