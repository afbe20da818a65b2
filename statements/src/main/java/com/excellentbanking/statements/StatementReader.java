package com.excellentbanking.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.excellentbanking.statements.detect.FormatDetector;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.reconcile.Reconciler;

/**
 * The engine's entry point: reads a statement file of any supported format, detected from
 * its content, and returns its statements, each reconciled, with the warnings met on the
 * way.
 *
 * <pre>{@code
 * Extraction result = StatementReader.withDefaultParsers().read(Path.of("march.csv"), ReadOptions.DEFAULT);
 * for (ReconciledStatement s : result.statements()) { ... }
 * }</pre>
 *
 * Failures are {@link StatementException}s with a stable {@link ErrorCode}. Instances are
 * immutable and safe to share between threads.
 */
public final class StatementReader {

	/** Largest file read by default; the service passes its own limit. */
	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

	private final Map<StatementFormat, StatementParser> parsers;

	private final long maxBytes;

	public StatementReader(List<StatementParser> parsers, long maxBytes) {
		this.parsers = new EnumMap<>(StatementFormat.class);
		for (StatementParser parser : parsers) {
			this.parsers.put(parser.format(), parser);
		}
		this.maxBytes = maxBytes;
	}

	public static StatementReader withDefaultParsers() {
		return withDefaultParsers(DEFAULT_MAX_BYTES);
	}

	public static StatementReader withDefaultParsers(long maxBytes) {
		return new StatementReader(Parsers.all(), maxBytes);
	}

	public Extraction read(Path path, ReadOptions options) {
		try {
			if (Files.size(path) > this.maxBytes) {
				throw tooLarge();
			}
			return read(Files.readAllBytes(path), options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads at most the size limit from the stream; a longer stream is {@code too_large}.
	 */
	public Extraction read(InputStream in, ReadOptions options) {
		try {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (content.length > this.maxBytes) {
				throw tooLarge();
			}
			return read(content, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Extraction read(byte[] content, ReadOptions options) {
		if (content.length > this.maxBytes) {
			throw tooLarge();
		}
		if (content.length == 0) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The file is empty");
		}
		StatementFormat format = FormatDetector.detect(content)
			.orElseThrow(() -> new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"The file is not a bank statement format this service reads"));
		StatementParser parser = this.parsers.get(format);
		if (parser == null) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"Files of format " + format.code() + " are not supported yet");
		}
		ParsedDocument document = parser.parse(content, options);
		return reconcile(document);
	}

	/** Supported formats, for documentation and error messages. */
	public List<StatementFormat> formats() {
		return List.copyOf(this.parsers.keySet());
	}

	static Extraction reconcile(ParsedDocument document) {
		List<ReconciledStatement> statements = new ArrayList<>();
		for (Statement statement : document.statements()) {
			statements.add(new ReconciledStatement(statement, Reconciler.reconcile(statement)));
		}
		if (statements.stream().allMatch((s) -> s.statement().transactions().isEmpty())) {
			throw new StatementException(ErrorCode.NO_TRANSACTIONS_FOUND, "No transactions were found in the file");
		}
		return new Extraction(document.format(), document.pageCount(), document.characterCount(), statements,
				document.warnings());
	}

	private StatementException tooLarge() {
		return new StatementException(ErrorCode.TOO_LARGE,
				"The file is larger than the limit of " + this.maxBytes + " bytes");
	}

}
