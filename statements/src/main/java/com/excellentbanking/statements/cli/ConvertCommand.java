package com.excellentbanking.statements.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.cli.ConvertOptions.Output;
import com.excellentbanking.statements.cli.ConvertOptions.UsageException;
import com.excellentbanking.statements.export.CombineSource;
import com.excellentbanking.statements.export.CombinedOutputs;
import com.excellentbanking.statements.export.ExportSource;
import com.excellentbanking.statements.export.JsonExporter;
import com.excellentbanking.statements.export.SqliteExporter;
import com.excellentbanking.statements.export.XlsxExporter;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.StatementException;

/**
 * Converts statement files on the command line:
 * {@code convert INPUT... [--out DIR] [--to xlsx,json,sqlite] [--merge combined.xlsx] [--password P]}.
 *
 * <p>
 * Each input gets its outputs in {@code --out} (default: the current directory), named
 * after the input. One line per file on stderr says what was read or why it could not be;
 * an unreadable file does not stop the others. {@code --merge} also writes one workbook
 * of all converted files, merged as a dashboard is. Exit status: 0 when every file
 * converted, 1 when some could not be read, 2 for a bad command line.
 */
public final class ConvertCommand {

	static final int OK = 0;

	static final int SOME_FAILED = 1;

	static final int USAGE = 2;

	private final StatementReader reader;

	private final PrintStream err;

	public ConvertCommand(StatementReader reader, PrintStream err) {
		this.reader = reader;
		this.err = err;
	}

	public static void main(String[] args) {
		System.exit(new ConvertCommand(StatementReader.withDefaultParsers(), System.err).run(args));
	}

	public int run(String... args) {
		ConvertOptions options;
		try {
			options = ConvertOptions.parse(args);
		}
		catch (UsageException ex) {
			this.err.println("convert: " + ex.getMessage());
			this.err.println(ConvertOptions.USAGE);
			return USAGE;
		}
		try {
			return convert(options);
		}
		catch (IOException | UncheckedIOException ex) {
			this.err.println("convert: " + ex.getMessage());
			return SOME_FAILED;
		}
	}

	private int convert(ConvertOptions options) throws IOException {
		Files.createDirectories(options.outDir());
		Path scratch = (options.merge() != null) ? Files.createTempDirectory("convert-merge") : null;
		try {
			List<CombineSource> converted = new ArrayList<>();
			Set<String> usedNames = new HashSet<>();
			int failed = 0;
			int total = options.inputs().size();
			for (int i = 0; i < total; i++) {
				Path input = options.inputs().get(i);
				String prefix = "[" + (i + 1) + "/" + total + "] " + input.getFileName() + ": ";
				try {
					ExportSource source = new ExportSource(null, input.getFileName().toString(),
							this.reader.read(input, ReadOptions.withPassword(options.password())));
					String base = uniqueBase(baseName(input), usedNames);
					List<Path> written = write(source, options, base);
					if (scratch != null) {
						converted.add(mergeSource(source, scratch, base));
					}
					this.err.println(prefix + describe(source.extraction()) + " -> "
							+ String.join(", ", written.stream().map(Path::toString).toList()));
				}
				catch (StatementException ex) {
					failed++;
					this.err.println(prefix + "error " + ex.code().code() + ": " + ex.getMessage());
				}
				catch (UncheckedIOException ex) {
					failed++;
					this.err.println(prefix + "error: " + reason(ex.getCause()));
				}
				catch (RuntimeException ex) {
					// A parser bug on one file must not cost the user the other files.
					failed++;
					this.err.println(prefix + "error: internal error (" + ex + ")");
				}
			}
			if (scratch != null && !converted.isEmpty()) {
				writeMerged(converted, options.merge(), scratch);
			}
			return (failed == 0) ? OK : SOME_FAILED;
		}
		finally {
			if (scratch != null) {
				deleteRecursively(scratch);
			}
		}
	}

	private List<Path> write(ExportSource source, ConvertOptions options, String base) throws IOException {
		List<Path> written = new ArrayList<>();
		for (Output output : options.outputs()) {
			Path target = options.outDir().resolve(base + "." + output.extension());
			switch (output) {
				case XLSX -> writeStream(target, (out) -> new XlsxExporter().write(source, out));
				case JSON -> writeStream(target, (out) -> new JsonExporter().write(source, out));
				case SQLITE -> new SqliteExporter().write(source, target);
			}
			written.add(target);
		}
		return written;
	}

	private CombineSource mergeSource(ExportSource source, Path scratch, String base) throws IOException {
		Path json = scratch.resolve(base + ".json");
		writeStream(json, (out) -> new JsonExporter().write(source, out));
		return new CombineSource(null, source.name(), () -> Files.newInputStream(json));
	}

	private void writeMerged(List<CombineSource> sources, Path target, Path scratch) throws IOException {
		try (CombinedOutputs combined = CombinedOutputs.stage(sources, scratch.resolve("combined.sqlite"))) {
			writeStream(target, combined::writeMergedXlsx);
			this.err.println("merged " + sources.size() + " files, " + combined.transactionCount() + " transactions ("
					+ combined.duplicateCount() + " duplicates merged) -> " + target);
		}
	}

	private static String describe(Extraction extraction) {
		List<ReconciledStatement> statements = extraction.statements();
		long unreconciled = statements.stream().filter((s) -> !s.reconciliation().reconciled()).count();
		String reconciliation = (unreconciled == 0) ? "reconciled"
				: unreconciled + " of " + statements.size() + " not reconciled";
		return extraction.format().code() + ", " + plural(statements.size(), "statement") + ", "
				+ plural(extraction.transactionCount(), "transaction") + ", " + reconciliation;
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static String baseName(Path input) {
		String name = input.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	/**
	 * Two inputs of the same name (from different folders) must not overwrite each other.
	 */
	private static String uniqueBase(String base, Set<String> used) {
		String candidate = base;
		for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private static String reason(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	private static void writeStream(Path target, StreamWriter writer) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
			writer.write(out);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	@FunctionalInterface
	private interface StreamWriter {

		void write(OutputStream out) throws IOException;

	}

}
