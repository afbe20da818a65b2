package com.excellentbanking.statements.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementParser;
import com.excellentbanking.statements.detect.TextDecoding;
import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;

/**
 * Reads bank CSV/TSV exports of any bank without per-bank templates: the delimiter, the
 * header row (below any title lines), each column's role, the date order and the decimal
 * separator are all inferred from the file.
 */
public final class CsvStatementParser implements StatementParser {

	private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

	private static final Pattern IBAN = Pattern
		.compile("\\b([A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\\b");

	private static final Pattern ACCOUNT_NUMBER = Pattern
		.compile("(?i)(?:account|konto|rekening|compte|cuenta|účet|ucet)[^0-9/]{0,30}?(\\d[\\d -]{4,}\\d)(?![\\d/:])");

	private static final int MAX_WARNINGS = 50;

	@Override
	public StatementFormat format() {
		return StatementFormat.CSV;
	}

	@Override
	public ParsedDocument parse(byte[] content, ReadOptions options) {
		if (content.length == 0) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT, "The file is empty");
		}
		TextDecoding.DecodedText decoded = TextDecoding.decode(content);
		Table table = Table.of(decoded.text());
		if (decoded.charset().equals(TextDecoding.WINDOWS_1252)) {
			table = betterOf(table, Table.of(TextDecoding.decode(content, WINDOWS_1250)));
		}
		return read(table);
	}

	/** Parses already decoded text; the rules without the byte decoding. */
	ParsedDocument parseText(String text) {
		return read(Table.of(text));
	}

	private ParsedDocument read(Table table) {
		if (table.headerIndex() < 0 && table.rows().stream().allMatch((r) -> r.cells().size() < 2)) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"The file is not a delimited table (no comma, semicolon, tab or pipe separated columns)");
		}
		if (table.headerIndex() >= 0 && HeaderRoles.isHoldingsReport(table.header())) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"The CSV file is a holdings report (market values, cost basis), not a list of transactions");
		}
		List<CsvRow> data = table.dataRows();
		if (table.headerIndex() >= 0 && data.stream().allMatch(CsvRow::isBlank)) {
			throw new StatementException(ErrorCode.NO_TRANSACTIONS_FOUND,
					"The CSV file has a header but no rows below it");
		}
		ColumnMapping mapping = ColumnMapper.map(table.header(), data);
		RowReader.Result result = RowReader.read(data, mapping);
		if (result.entries().isEmpty()) {
			throw new StatementException(ErrorCode.NO_TRANSACTIONS_FOUND,
					"The CSV file has date and amount columns but no transaction rows");
		}
		String symbolCurrency = null;
		for (int column : new int[] { mapping.amount(), mapping.debit(), mapping.credit() }) {
			if (column >= 0 && symbolCurrency == null) {
				symbolCurrency = mapping.profile(column).symbolCurrency();
			}
		}
		StatementAssembler.Context context = new StatementAssembler.Context(mapping.headerCurrency(), symbolCurrency,
				titleAccount(table), result.holders());
		List<Statement> statements = StatementAssembler.assemble(result, context);
		List<String> warnings = new ArrayList<>(mapping.notes());
		warnings.addAll(result.warnings());
		return new ParsedDocument(StatementFormat.CSV, 0, table.text().length(), statements, capped(warnings));
	}

	/**
	 * Text that is not UTF-8 was read as Windows-1252; Central European banks export in
	 * Windows-1250, which only the header words tell apart ("Částka" vs "Èástka").
	 */
	private static Table betterOf(Table western, Table central) {
		int westernScore = (western.headerIndex() < 0) ? 0 : HeaderRoles.score(western.header());
		int centralScore = (central.headerIndex() < 0) ? 0 : HeaderRoles.score(central.header());
		return (centralScore > westernScore) ? central : western;
	}

	/** The account named in the title lines above the header, if any. */
	private static Account titleAccount(Table table) {
		for (int i = 0; i < Math.max(0, table.headerIndex()); i++) {
			String line = String.join(" ", table.rows().get(i).cells());
			Matcher iban = IBAN.matcher(line);
			if (iban.find()) {
				return new Account(null, null, iban.group(1), null);
			}
			Matcher number = ACCOUNT_NUMBER.matcher(line);
			if (number.find()) {
				return new Account(null, number.group(1).strip(), null, null);
			}
		}
		return Account.UNKNOWN;
	}

	private static List<String> capped(List<String> warnings) {
		if (warnings.size() <= MAX_WARNINGS) {
			return warnings;
		}
		List<String> capped = new ArrayList<>(warnings.subList(0, MAX_WARNINGS));
		capped.add("... and " + (warnings.size() - MAX_WARNINGS) + " more warnings");
		return capped;
	}

	/** The tokenised file and where its header is. */
	private record Table(String text, List<CsvRow> rows, int headerIndex) {

		static Table of(String text) {
			CsvDialect dialect = CsvDialect.sniff(text);
			List<CsvRow> rows = CsvTokenizer.tokenize(text, dialect);
			return new Table(text, rows, HeaderLocator.locate(rows));
		}

		List<String> header() {
			return (this.headerIndex < 0) ? null : this.rows.get(this.headerIndex).cells();
		}

		List<CsvRow> dataRows() {
			return this.rows.subList(this.headerIndex + 1, this.rows.size());
		}

	}

}
