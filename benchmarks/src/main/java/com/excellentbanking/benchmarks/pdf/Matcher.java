package com.excellentbanking.benchmarks.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Transaction;

/**
 * Scores extracted statements against the truth. A transaction is found when an extracted
 * one has its date and amount and a description whose words mostly agree (OCR may misread
 * a letter; a wrong date or amount is a miss).
 */
final class Matcher {

	private Matcher() {
	}

	static Score score(List<TruthStatement> truth, List<ReconciledStatement> extracted) {
		Score score = new Score();
		List<Transaction> all = new ArrayList<>();
		for (ReconciledStatement statement : extracted) {
			all.addAll(statement.statement().transactions());
		}
		score.extracted = all.size();
		boolean[] used = new boolean[all.size()];
		for (TruthStatement statement : truth) {
			score.statements++;
			score.expected += statement.transactions().size();
			for (TruthTransaction expected : statement.transactions()) {
				int best = -1;
				double bestSimilarity = 0;
				for (int i = 0; i < all.size(); i++) {
					Transaction actual = all.get(i);
					if (used[i] || !actual.date().equals(expected.date())
							|| actual.amount().compareTo(expected.amount()) != 0) {
						continue;
					}
					double similarity = similarity(expected.description(), actual.description());
					if (similarity > bestSimilarity) {
						best = i;
						bestSimilarity = similarity;
					}
				}
				if (expected.balance() != null) {
					score.balancesExpected++;
				}
				if (best < 0 || bestSimilarity < 0.6) {
					continue;
				}
				used[best] = true;
				score.matched++;
				Transaction actual = all.get(best);
				if (normalize(actual.description()).equals(normalize(expected.description()))) {
					score.descriptionsExact++;
				}
				BigDecimal balance = actual.balance();
				if (expected.balance() != null && balance != null && balance.compareTo(expected.balance()) == 0) {
					score.balancesRight++;
				}
			}
		}
		// Per true statement, so one statement extracted twice cannot stand in for
		// another.
		score.statementsReconciled = (int) truth.stream()
			.filter((t) -> extracted.stream().anyMatch((s) -> s.reconciliation().reconciled() && sameBalances(s, t)))
			.count();
		return score;
	}

	/** With the true opening and closing balances. */
	private static boolean sameBalances(ReconciledStatement statement, TruthStatement truth) {
		BigDecimal opening = statement.statement().openingBalance();
		BigDecimal closing = statement.statement().closingBalance();
		return opening != null && closing != null && truth.opening().compareTo(opening) == 0
				&& truth.closing().compareTo(closing) == 0;
	}

	static double similarity(String a, String b) {
		List<String> left = List.of(normalize(a).split(" "));
		List<String> right = new ArrayList<>(List.of(normalize(b).split(" ")));
		int common = 0;
		for (String word : left) {
			if (right.remove(word)) {
				common++;
			}
		}
		return 2.0 * common / (left.size() + right.size() + common);
	}

	static String normalize(String text) {
		return text.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
