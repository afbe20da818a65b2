package com.excellentbanking.statements.ofx;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementParser;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.StatementFormat;

/**
 * Reads OFX and QFX files, SGML (1.x) and XML (2.x): bank ({@code STMTRS}), credit card
 * ({@code CCSTMTRS}) and investment ({@code INVSTMTRS}) statements, one statement per
 * account aggregate.
 *
 * <p>
 * Amounts are taken as signed by the file, which for every OFX statement type is the
 * account holder's view (a card charge is negative), so no sign is flipped. Investment
 * statements give one cash transaction per investment transaction, its {@code TOTAL};
 * movements of securities without cash are skipped with a warning.
 */
public final class OfxStatementParser implements StatementParser {

	/** Bounds the text read through {@link #parse(Reader)}, which has no byte size. */
	public static final long MAX_CHARACTERS = 256L * 1024 * 1024;

	private final long maxCharacters;

	public OfxStatementParser() {
		this(MAX_CHARACTERS);
	}

	OfxStatementParser(long maxCharacters) {
		this.maxCharacters = maxCharacters;
	}

	@Override
	public StatementFormat format() {
		return StatementFormat.OFX;
	}

	@Override
	public ParsedDocument parse(byte[] content, ReadOptions options) {
		OfxCharset.Choice charset = OfxCharset.detect(content);
		Reader reader = new InputStreamReader(new ByteArrayInputStream(content),
				charset.charset()
					.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
		ParsedDocument document = parse(reader);
		if (charset.warning() == null) {
			return document;
		}
		List<String> warnings = new ArrayList<>(document.warnings());
		warnings.add(0, charset.warning());
		return new ParsedDocument(document.format(), 0, document.characterCount(), document.statements(), warnings);
	}

	/**
	 * Reads already decoded OFX text, streaming: memory grows with the statements found,
	 * not with the input.
	 */
	public ParsedDocument parse(Reader text) {
		OfxTokenizer tokenizer = new OfxTokenizer(text, this.maxCharacters);
		OfxStatementCollector collector = new OfxStatementCollector();
		new OfxStructure(tokenizer, collector).run();
		return new ParsedDocument(StatementFormat.OFX, 0, tokenizer.characters(), collector.statements(), List.of());
	}

}
