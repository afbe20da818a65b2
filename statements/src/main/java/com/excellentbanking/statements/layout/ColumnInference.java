package com.excellentbanking.statements.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reconstructs a table's columns when no title row is printed: rows start with a date and
 * end with right-aligned amounts, so the amounts' right edges fall into a few tight
 * vertical bands. One band is an amount column; two are amount and balance (or debit and
 * credit when no row fills both); three are debit, credit and balance.
 */
final class ColumnInference {

	/** Rows needed before a layout is believed. */
	static final int MIN_ROWS = 3;

	private ColumnInference() {
	}

	static Optional<TableHeader> infer(List<Line> lines) {
		List<Candidate> candidates = new ArrayList<>();
		for (Line line : lines) {
			candidate(line).ifPresent(candidates::add);
		}
		if (candidates.size() < MIN_ROWS) {
			return Optional.empty();
		}
		double em = candidates.get(0).line.size();
		List<Band> bands = new ArrayList<>();
		for (Candidate candidate : candidates) {
			for (Word amount : candidate.amounts) {
				Band band = bands.stream()
					.filter((b) -> Math.abs(b.right() - amount.x1()) <= 1.5 * em)
					.findFirst()
					.orElseGet(() -> {
						Band created = new Band();
						bands.add(created);
						return created;
					});
				band.add(amount, candidate);
			}
		}
		int needed = Math.max(2, candidates.size() / 5);
		List<Band> kept = new ArrayList<>(bands.stream().filter((b) -> b.rows.size() >= needed).toList());
		if (kept.isEmpty()) {
			return Optional.empty();
		}
		kept.sort(Comparator.comparingDouble(Band::right));
		if (kept.size() > 3) {
			kept = kept.subList(kept.size() - 3, kept.size());
		}
		List<ColumnRole> roles = roles(kept, candidates.size());
		Candidate first = candidates.get(0);
		List<Column> columns = new ArrayList<>();
		Word date = first.line.words().get(0);
		columns.add(new Column(ColumnRole.DATE, date.x0(), date.x1(), "(date)"));
		double descriptionStart = candidates.stream()
			.mapToDouble((c) -> c.descriptionStart)
			.sorted()
			.skip(candidates.size() / 2)
			.findFirst()
			.orElse(date.x1() + em);
		columns.add(new Column(ColumnRole.DESCRIPTION, descriptionStart, descriptionStart + em, "(description)"));
		for (int i = 0; i < kept.size(); i++) {
			Band band = kept.get(i);
			columns
				.add(new Column(roles.get(i), band.left, band.right(), "(" + roles.get(i).name().toLowerCase() + ")"));
		}
		return Optional.of(new TableHeader(columns, first.line.page(), first.line.baseline(), true));
	}

	private static List<ColumnRole> roles(List<Band> bands, int rows) {
		if (bands.size() == 1) {
			return List.of(ColumnRole.AMOUNT);
		}
		if (bands.size() == 2) {
			boolean shareRows = bands.get(0).rows.stream().anyMatch(bands.get(1).rows::contains);
			return shareRows ? List.of(ColumnRole.AMOUNT, ColumnRole.BALANCE)
					: List.of(ColumnRole.DEBIT, ColumnRole.CREDIT);
		}
		return List.of(ColumnRole.DEBIT, ColumnRole.CREDIT, ColumnRole.BALANCE);
	}

	private static Optional<Candidate> candidate(Line line) {
		List<String> words = line.words().stream().limit(4).map(Word::text).toList();
		Optional<DateToken> date = DateParser.parseLeading(words);
		if (date.isEmpty()) {
			return Optional.empty();
		}
		List<List<Word>> phrases = line.phrases();
		List<Word> amounts = new ArrayList<>();
		for (int i = phrases.size() - 1; i >= 1 && amounts.size() < 3; i--) {
			List<Word> phrase = phrases.get(i);
			if (AmountParser.parse(Phrases.text(phrase)).isEmpty()) {
				break;
			}
			Word last = phrase.get(phrase.size() - 1);
			amounts
				.add(new Word(Phrases.text(phrase), phrase.get(0).x0(), last.y0(), last.x1(), last.y1(), last.page()));
		}
		int used = date.get().wordsUsed();
		if (amounts.isEmpty() || used >= line.words().size()) {
			return Optional.empty();
		}
		return Optional.of(new Candidate(line, amounts, line.words().get(used).x0()));
	}

	private record Candidate(Line line, List<Word> amounts, double descriptionStart) {

	}

	private static final class Band {

		private double left = Double.MAX_VALUE;

		private double rightSum;

		private int count;

		private final List<Candidate> rows = new ArrayList<>();

		void add(Word amount, Candidate row) {
			this.left = Math.min(this.left, amount.x0());
			this.rightSum += amount.x1();
			this.count++;
			if (!this.rows.contains(row)) {
				this.rows.add(row);
			}
		}

		double right() {
			return this.rightSum / this.count;
		}

	}

}
