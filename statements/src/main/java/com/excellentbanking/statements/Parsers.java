package com.excellentbanking.statements;

import java.util.List;

import com.excellentbanking.statements.camt.CamtStatementParser;
import com.excellentbanking.statements.csv.CsvStatementParser;
import com.excellentbanking.statements.mt940.Mt940StatementParser;
import com.excellentbanking.statements.ocr.ImageStatementParser;
import com.excellentbanking.statements.ofx.OfxStatementParser;
import com.excellentbanking.statements.pdf.PdfStatementParser;
import com.excellentbanking.statements.qif.QifStatementParser;

/**
 * The parsers the engine ships with, one per format. Adding a format means adding its
 * parser here and its signature to
 * {@link com.excellentbanking.statements.detect.FormatDetector}.
 */
final class Parsers {

	private Parsers() {
	}

	static List<StatementParser> all() {
		return List.of(new CsvStatementParser(), new OfxStatementParser(), new QifStatementParser(),
				new CamtStatementParser(), new Mt940StatementParser(), new PdfStatementParser(),
				new ImageStatementParser());
	}

}
