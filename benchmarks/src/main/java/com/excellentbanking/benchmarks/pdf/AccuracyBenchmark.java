package com.excellentbanking.benchmarks.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.Transaction;
import com.excellentbanking.statements.pdf.PdfStatementParser;

/**
 * Accuracy (and speed) of reading PDF statements: synthetic statements of twelve layouts
 * with known contents, image-only "scans" of some of them, and the corpus PDFs with
 * published expectations.
 *
 * <pre>
 * mvn -B -o -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar com.excellentbanking.benchmarks.pdf.AccuracyBenchmark [corpus-dir] [--quick]
 * </pre>
 */
public final class AccuracyBenchmark {

	/** Layouts whose scans are part of the run (OCR takes about two seconds a page). */
	static final List<String> SCANNED = List.of("uk-current", "de-giro", "fr-compte", "us-card");

	private final StatementReader reader = StatementReader.withDefaultParsers();

	public static void main(String[] args) throws IOException {
		boolean quick = List.of(args).contains("--quick");
		String corpus = args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus";
		AccuracyBenchmark benchmark = new AccuracyBenchmark();
		int perLayout = quick ? 2 : 6;
		System.out.println("## Synthetic text PDFs (" + perLayout + " statements per layout)");
		Map<String, Score> text = benchmark.synthetic(Layouts.all(), perLayout, 1);
		print(text);
		System.out.println();
		System.out.println("## Synthetic scans (image-only PDFs, rotated up to 1.5 degrees, blurred, speckled)");
		List<LayoutSpec> scanned = SCANNED.stream().map(Layouts::byId).toList();
		Map<String, Score> scans = benchmark.scans(scanned, quick ? 1 : 2, 7);
		print(scans);
		Score scanTotal = scans.get("all");
		System.out.printf(Locale.ROOT, "OCR speed: %.2f s per page (%d pages)%n", scanTotal.seconds / scanTotal.pages,
				scanTotal.pages);
		System.out.println();
		System.out.println("## Corpus PDFs");
		benchmark.corpus(Path.of(corpus));
		System.out.println();
		System.out.println("## Speed (100-page text statement)");
		benchmark.speed();
	}

	Map<String, Score> synthetic(List<LayoutSpec> layouts, int perLayout, long seed) {
		Map<String, Score> scores = new LinkedHashMap<>();
		Score total = new Score();
		StatementGenerator generator = new StatementGenerator(seed);
		for (LayoutSpec layout : layouts) {
			Score score = new Score();
			for (int i = 0; i < perLayout; i++) {
				List<TruthStatement> truth = generator.generate(layout, 25 + i * 15);
				byte[] pdf = new StatementPdfWriter(layout, new java.util.Random(seed + i)).write(truth);
				score.add(read(pdf, truth));
			}
			scores.put(layout.id(), score);
			total.add(score);
		}
		scores.put("all", total);
		return scores;
	}

	Map<String, Score> scans(List<LayoutSpec> layouts, int perLayout, long seed) {
		Map<String, Score> scores = new LinkedHashMap<>();
		Score total = new Score();
		StatementGenerator generator = new StatementGenerator(seed);
		ScanSimulator scanner = new ScanSimulator(seed);
		for (LayoutSpec layout : layouts) {
			Score score = new Score();
			for (int i = 0; i < perLayout; i++) {
				List<TruthStatement> truth = generator.generate(layout, 30 + i * 10);
				byte[] scan = scanner.scan(new StatementPdfWriter(layout).write(truth));
				score.add(read(scan, truth));
			}
			scores.put(layout.id() + " (scan)", score);
			total.add(score);
		}
		scores.put("all", total);
		return scores;
	}

	private Score read(byte[] pdf, List<TruthStatement> truth) {
		long start = System.nanoTime();
		List<ReconciledStatement> statements;
		int pages;
		try {
			Extraction extraction = this.reader.read(pdf, ReadOptions.DEFAULT);
			statements = extraction.statements();
			pages = extraction.pageCount();
		}
		catch (StatementException ex) {
			statements = List.of();
			pages = 0;
		}
		Score score = Matcher.score(truth, statements);
		score.seconds = (System.nanoTime() - start) / 1e9;
		score.pages = pages;
		return score;
	}

	static void print(Map<String, Score> scores) {
		System.out.println(
				"| layout | transactions | precision | recall | F1 | descriptions exact | running balances right | statements reconciled |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		scores.forEach((name, s) -> System.out.printf(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %s | %s | %s |%n",
				name.equals("all") ? "**all**" : name, s.expected, s.precision(), s.recall(), s.f1(),
				share(s.descriptions()), share(s.balances()), share(s.reconciled())));
	}

	private static String share(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
	}

	void corpus(Path dir) throws IOException {
		Path monopoly = dir.resolve("pdf/monopoly/example");
		if (!Files.isDirectory(monopoly)) {
			System.out.println("(corpus not found at " + dir + ")");
			return;
		}
		List<String> rows = Files.readAllLines(monopoly.resolve("credit/transformed.csv"));
		List<TruthTransaction> expected = new ArrayList<>();
		BigDecimal opening = null;
		for (String row : rows.subList(1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			int first = row.indexOf(',');
			int last = row.lastIndexOf(',');
			String description = row.substring(first + 1, last).replace("\"", "");
			BigDecimal amount = new BigDecimal(row.substring(last + 1));
			if (description.equals("LAST MONTH'S BALANCE")) {
				opening = amount;
				continue;
			}
			expected.add(
					new TruthTransaction(LocalDate.parse(row.substring(0, first)), List.of(description), amount, null));
		}
		Extraction extraction = this.reader.read(monopoly.resolve("example_statement.pdf"), ReadOptions.DEFAULT);
		BigDecimal closing = extraction.statements().get(0).statement().closingBalance();
		Score score = Matcher.score(List
			.of(new TruthStatement(null, null, null, opening, closing != null ? closing : BigDecimal.ZERO, expected)),
				extraction.statements());
		System.out.printf(Locale.ROOT,
				"monopoly example_statement.pdf vs transformed.csv: %d expected, %d extracted, precision %.4f, recall %.4f, F1 %.4f, descriptions exact %.4f, opening balance %s (expected %s), reconciled %s%n",
				score.expected, score.extracted, score.precision(), score.recall(), score.f1(), score.descriptions(),
				extraction.statements().get(0).statement().openingBalance(), opening,
				extraction.statements().get(0).reconciliation().reconciled());
		Path bsb = dir.resolve("pdf/bank-statement-parsing-benchmark/datasets/basic");
		System.out
			.println("| bankstatemently | pages (expected) | transactions (expected) | statements | reconciled |");
		System.out.println("|---|---|---|---|---|");
		try (var ids = Files.list(bsb)) {
			for (Path folder : ids.sorted().toList()) {
				String info = Files.readString(folder.resolve("statement-info.json"));
				int pages = intField(info, "pages");
				int count = intField(info, "transactionCount");
				Path pdf = folder.resolve(folder.getFileName() + "-statement.pdf");
				Extraction result = this.reader.read(pdf, ReadOptions.DEFAULT);
				long reconciled = result.statements().stream().filter((s) -> s.reconciliation().reconciled()).count();
				System.out.printf(Locale.ROOT, "| %s | %d (%d) | %d (%d) | %d | %d |%n", folder.getFileName(),
						result.pageCount(), pages, result.transactionCount(), count, result.statements().size(),
						reconciled);
			}
		}
	}

	private static int intField(String json, String name) {
		java.util.regex.Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}

	void speed() throws IOException {
		LayoutSpec layout = Layouts.ukCurrent();
		List<TruthStatement> truth = new StatementGenerator(99).generate(layout, 4300);
		byte[] pdf = new StatementPdfWriter(layout).write(truth);
		int pages;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			pages = document.getNumberOfPages();
		}
		PdfStatementParser parser = new PdfStatementParser();
		double pdfbox = median(() -> {
			try (PDDocument document = Loader.loadPDF(pdf)) {
				new PDFTextStripper().writeText(document, new StringWriter());
			}
		});
		double ours = median(() -> parser.parse(pdf, ReadOptions.DEFAULT));
		int transactions = parser.parse(pdf, ReadOptions.DEFAULT).statements().get(0).transactions().size();
		System.out.printf(Locale.ROOT, "%d pages, %d transactions (%d expected)%n", pages, transactions,
				truth.get(0).transactions().size());
		System.out.printf(Locale.ROOT, "PDFBox text extraction alone: %.3f s (%.0f pages/s)%n", pdfbox, pages / pdfbox);
		System.out.printf(Locale.ROOT, "PdfStatementParser (extraction + layout): %.3f s (%.0f pages/s), ratio %.2f%n",
				ours, pages / ours, ours / pdfbox);
	}

	private interface Work {

		void run() throws IOException;

	}

	private static double median(Work work) throws IOException {
		for (int i = 0; i < 3; i++) {
			work.run();
		}
		double[] times = new double[5];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1e9;
		}
		java.util.Arrays.sort(times);
		return times[times.length / 2];
	}

	static List<Transaction> transactions(Extraction extraction) {
		List<Transaction> all = new ArrayList<>();
		extraction.statements().forEach((s) -> all.addAll(s.statement().transactions()));
		return all;
	}

}
