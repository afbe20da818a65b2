package com.excellentbanking.benchmarks.combine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.excellentbanking.statements.export.CombineSource;
import com.excellentbanking.statements.export.CombinedOutputs;

/**
 * Builds dashboard outputs from many per-file JSON outputs and reports wall time and
 * heap, to show the build streams: heap must stay flat as the transaction count grows.
 * See {@code docs/benchmarks/combine.md}.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar com.excellentbanking.benchmarks.combine.CombineBenchmark \
 *     [--files 1000] [--transactions 500000] [--dir target/combine-benchmark] [--sample-live]
 * </pre>
 */
public final class CombineBenchmark {

	private static final int ACCOUNTS = 10;

	private static final int OVERLAP = 10;

	private CombineBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int files = intArg(args, "--files", 1000);
		int transactions = intArg(args, "--transactions", 500_000);
		Path dir = Path.of(stringArg(args, "--dir", "target/combine-benchmark"));
		int perFile = Math.max(1, transactions / files);
		boolean sampleLive = List.of(args).contains("--sample-live");

		long start = System.nanoTime();
		List<Path> inputs = new SyntheticStatements(files, perFile, ACCOUNTS, OVERLAP, 42).write(dir.resolve("input"));
		report("generated %d files x %d transactions of JSON (%s) in %.1f s", inputs.size(), perFile, size(sum(inputs)),
				seconds(start));

		List<CombineSource> sources = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			Path input = inputs.get(i);
			sources.add(
					new CombineSource((long) i + 1, input.getFileName().toString(), () -> Files.newInputStream(input)));
		}
		Path out = dir.resolve("output");
		Files.createDirectories(out);

		try (HeapWatch heap = new HeapWatch(sampleLive)) {
			long buildStart = System.nanoTime();
			long stepStart = System.nanoTime();
			try (CombinedOutputs combined = CombinedOutputs.stage(sources, out.resolve("combined.sqlite"))) {
				report("staged %d transactions (%d duplicates) into SQLite (%s) in %.1f s", combined.transactionCount(),
						combined.duplicateCount(), size(Files.size(combined.sqliteFile())), seconds(stepStart));
				step("merged xlsx", out.resolve("combined_merged.xlsx"), combined::writeMergedXlsx);
				step("separate xlsx", out.resolve("combined_separate.xlsx"), combined::writeSeparateXlsx);
				step("combined JSON", out.resolve("combined.json"), combined::writeJson);
			}
			report("build total %.1f s; heap: peak used %s, peak after any GC %s, peak live (sampled) %s,"
					+ " max heap %s, %d collections", seconds(buildStart), size(heap.peakUsed()),
					size(heap.peakLiveAfterGc()), sampleLive ? size(heap.peakLiveSampled()) : "not sampled",
					size(Runtime.getRuntime().maxMemory()), heap.collections());
		}
	}

	private static void step(String name, Path file, Consumer<OutputStream> writer) throws IOException {
		long start = System.nanoTime();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			writer.accept(out);
		}
		report("wrote %s (%s) in %.1f s", name, size(Files.size(file)), seconds(start));
	}

	private static long sum(List<Path> paths) throws IOException {
		long total = 0;
		for (Path path : paths) {
			total += Files.size(path);
		}
		return total;
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static String size(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static void report(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

	private static int intArg(String[] args, String name, int fallback) {
		String value = stringArg(args, name, null);
		return (value != null) ? Integer.parseInt(value) : fallback;
	}

	private static String stringArg(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
