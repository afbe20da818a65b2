package com.excellentbanking.benchmarks.combine;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.excellentbanking.statements.export.ExportSource;
import com.excellentbanking.statements.export.JsonExporter;
import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;
import com.excellentbanking.statements.reconcile.Reconciler;

/**
 * Writes per-file JSON outputs of made-up but statement-shaped data: a few accounts, each
 * with consecutive statements that overlap their predecessor by a few transactions (as
 * real exports do), running balances that reconcile, varied descriptions. Deterministic
 * for a seed. Holds one file in memory at a time.
 */
final class SyntheticStatements {

	private static final String[] MERCHANTS = { "REWE", "EDEKA", "Amazon EU", "Deutsche Bahn", "Shell", "Netflix",
			"Spotify", "Apotheke am Markt", "Stadtwerke", "Miete Hausverwaltung", "Gehalt ACME GmbH", "Lidl", "IKEA",
			"Vodafone", "Allianz Versicherung", "=SUM(A1) shop" };

	private final int files;

	private final int transactionsPerFile;

	private final int accounts;

	private final int overlap;

	private final Random random;

	SyntheticStatements(int files, int transactionsPerFile, int accounts, int overlap, long seed) {
		this.files = files;
		this.transactionsPerFile = transactionsPerFile;
		this.accounts = accounts;
		this.overlap = overlap;
		this.random = new Random(seed);
	}

	/** Writes {@code file-NNNN.json} files into {@code dir}, returning them in order. */
	List<Path> write(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> paths = new ArrayList<>();
		int filesPerAccount = (this.files + this.accounts - 1) / this.accounts;
		JsonExporter exporter = new JsonExporter();
		int written = 0;
		for (int a = 0; a < this.accounts && written < this.files; a++) {
			Account account = new Account("Benchmark Bank", null, iban(a), "Holder " + a);
			AccountHistory history = new AccountHistory(account, LocalDate.of(2010, 1, 1), new BigDecimal("1000.00"));
			for (int f = 0; f < filesPerAccount && written < this.files; f++) {
				Statement statement = history.nextStatement(this.transactionsPerFile, (f == 0) ? 0 : this.overlap);
				Extraction extraction = new Extraction(StatementFormat.CSV, 0, 100L * this.transactionsPerFile,
						List.of(new ReconciledStatement(statement, Reconciler.reconcile(statement))), List.of());
				Path path = dir.resolve(String.format("file-%04d.json", written));
				try (OutputStream out = Files.newOutputStream(path)) {
					exporter.write(
							new ExportSource((long) written + 1, "account " + a + " part " + f + ".csv", extraction),
							out);
				}
				paths.add(path);
				written++;
			}
		}
		return paths;
	}

	private static String iban(int account) {
		return String.format("DE%02d%018d", 10 + account % 90, 370400440532013000L + account);
	}

	/**
	 * One account's transactions over time; each statement starts a little before the
	 * last one ended.
	 */
	private final class AccountHistory {

		private final Account account;

		private final List<Transaction> tail = new ArrayList<>();

		private LocalDate date;

		private BigDecimal balance;

		private BigDecimal tailOpening;

		AccountHistory(Account account, LocalDate start, BigDecimal opening) {
			this.account = account;
			this.date = start;
			this.balance = opening;
		}

		Statement nextStatement(int size, int overlap) {
			List<Transaction> transactions = new ArrayList<>(size);
			int repeated = Math.min(overlap, this.tail.size());
			List<Transaction> repeat = this.tail.subList(this.tail.size() - repeated, this.tail.size());
			BigDecimal opening = (repeated > 0) ? openingBefore(repeat) : this.balance;
			transactions.addAll(repeat);
			while (transactions.size() < size) {
				transactions.add(next());
			}
			this.tail.clear();
			this.tail.addAll(transactions.subList(Math.max(0, size - SyntheticStatements.this.overlap), size));
			return new Statement(this.account, "EUR", null, null, opening, this.balance, transactions, List.of());
		}

		private BigDecimal openingBefore(List<Transaction> repeat) {
			Transaction first = repeat.get(0);
			return first.balance().subtract(first.amount());
		}

		private Transaction next() {
			Random random = SyntheticStatements.this.random;
			if (random.nextInt(3) == 0) {
				this.date = this.date.plusDays(1);
			}
			String merchant = MERCHANTS[random.nextInt(MERCHANTS.length)];
			boolean income = merchant.startsWith("Gehalt") || random.nextInt(20) == 0;
			BigDecimal amount = BigDecimal.valueOf(random.nextInt(income ? 300_000 : 15_000) + 1, 2);
			if (!income) {
				amount = amount.negate();
			}
			this.balance = this.balance.add(amount);
			return Transaction.builder(this.date, amount)
				.description(merchant + " " + (100_000 + random.nextInt(900_000)) + " card payment")
				.balance(this.balance)
				.reference("REF" + random.nextInt(1_000_000_000))
				.type(income ? "credit transfer" : "card")
				.build();
		}

	}

}
