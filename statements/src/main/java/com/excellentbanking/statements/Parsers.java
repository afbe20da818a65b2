package com.excellentbanking.statements;

import java.util.List;

import com.excellentbanking.statements.ocr.ImageStatementParser;
import com.excellentbanking.statements.pdf.PdfStatementParser;

/**
 * The parsers the engine ships with, one per format. Adding a format means adding its
 * parser here and its signature to
 * {@link com.excellentbanking.statements.detect.FormatDetector}.
 */
final class Parsers {

	private Parsers() {
	}

	static List<StatementParser> all() {
		return List.of(new PdfStatementParser(), new ImageStatementParser());
	}

}
