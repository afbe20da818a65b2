package com.excellentbanking.statements.qif;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementParser;
import com.excellentbanking.statements.detect.TextDecoding;
import com.excellentbanking.statements.model.Account;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;

/**
 * Reads Quicken Interchange Format files: the cash account sections ({@code !Type:Bank},
 * {@code Cash}, {@code CCard}, {@code Oth A}, {@code Oth L}), one statement per account
 * named by an {@code !Account} block (or one statement when the file names none).
 *
 * <p>
 * QIF states no balances, so opening and closing balances are {@code null}. Lists
 * ({@code !Type:Cat}, {@code Class}, {@code Memorized}, {@code Security}, ...) are not
 * transactions and are skipped. Investment sections ({@code !Type:Invst}) are skipped
 * with a warning: their amounts are unsigned and their cash effect depends on the action
 * and on which account the cash went to, which QIF does not settle. A category
 * ({@code L}) becomes the transaction's type; the account's name (its only identifier in
 * QIF) becomes the account number.
 */
public final class QifStatementParser implements StatementParser {

	/** Bounds the text read through {@link #parse(Reader)}, which has no byte size. */
	public static final long MAX_CHARACTERS = 256L * 1024 * 1024;

	private static final List<String> CASH_SECTIONS = List.of("bank", "cash", "ccard", "oth a", "oth l");

	private final long maxCharacters;

	public QifStatementParser() {
		this(MAX_CHARACTERS);
	}

	QifStatementParser(long maxCharacters) {
		this.maxCharacters = maxCharacters;
	}

	@Override
	public StatementFormat format() {
		return StatementFormat.QIF;
	}

	@Override
	public ParsedDocument parse(byte[] content, ReadOptions options) {
		Charset charset = TextDecoding.detectCharset(content);
		if (charset == null) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT, "The file is binary, not a QIF export");
		}
		return parse(new InputStreamReader(new ByteArrayInputStream(content),
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)));
	}

	/** Reads already decoded QIF text. */
	public ParsedDocument parse(Reader text) {
		QifLineReader lines = new QifLineReader(text, this.maxCharacters);
		Sections sections = new Sections();
		String line;
		while ((line = lines.next()) != null) {
			sections.line(line, lines.lineNumber());
		}
		sections.end();
		return build(sections, lines.characters());
	}

	private ParsedDocument build(Sections sections, long characters) {
		List<String> dateTexts = new ArrayList<>();
		for (Entry entry : sections.entries) {
			String date = entry.record().first('D');
			if (date != null) {
				dateTexts.add(date);
			}
		}
		QifDates dates = QifDates.decide(dateTexts, sections.declaredOrder);
		Map<String, List<Transaction>> byAccount = new LinkedHashMap<>();
		Map<String, List<String>> warningsByAccount = new LinkedHashMap<>();
		Map<String, Account> accounts = new LinkedHashMap<>();
		for (Entry entry : sections.entries) {
			String key = (entry.account() != null) ? entry.account() : "";
			accounts.computeIfAbsent(key, (name) -> new Account(null, name, null, null));
			List<Transaction> transactions = byAccount.computeIfAbsent(key, (name) -> new ArrayList<>());
			List<String> warnings = warningsByAccount.computeIfAbsent(key, (name) -> new ArrayList<>());
			QifTransactionDraft.Result result = QifTransactionDraft.build(entry.record(), dates);
			if (result.transaction() == null && entry == sections.unterminated) {
				throw new StatementException(ErrorCode.CORRUPT_FILE,
						"The QIF file ends inside an entry (" + result.problem() + "): it is truncated");
			}
			if (result.transaction() != null) {
				transactions.add(result.transaction());
			}
			addLimited(warnings, result.problem());
			addLimited(warnings, result.warning());
		}
		if (sections.unterminated != null) {
			warningsByAccount.computeIfAbsent(sections.lastAccountKey(), (name) -> new ArrayList<>())
				.add("The file's last entry has no closing ^; it was read as complete");
		}
		List<Statement> statements = new ArrayList<>();
		for (Map.Entry<String, List<Transaction>> account : byAccount.entrySet()) {
			statements.add(new Statement(accounts.get(account.getKey()), null, null, null, null, null,
					account.getValue(), warningsByAccount.get(account.getKey())));
		}
		if (statements.isEmpty() && sections.investmentEntries > 0) {
			throw new StatementException(ErrorCode.UNSUPPORTED_FORMAT,
					"The QIF file holds only investment accounts (!Type:Invst), which are not supported");
		}
		List<String> warnings = new ArrayList<>();
		if (sections.investmentEntries > 0) {
			warnings.add("Skipped " + sections.investmentEntries + " investment entries (!Type:Invst): not supported");
		}
		warnings.addAll(sections.warnings);
		return new ParsedDocument(StatementFormat.QIF, 0, characters, statements, warnings);
	}

	/** Enough to name the problems without flooding the summary. */
	private static void addLimited(List<String> warnings, String warning) {
		if (warning == null) {
			return;
		}
		if (warnings.size() < 20) {
			warnings.add(warning);
		}
		else if (warnings.size() == 20) {
			warnings.add("More problems were found than listed");
		}
	}

	/** A cash account entry and the account it belongs to. */
	private record Entry(String account, QifRecord record) {
	}

	/**
	 * Follows headers and {@code ^} terminators. Every {@code !Account} block sets the
	 * account of the entries that follow; in an AutoSwitch account list the last block
	 * wins, which is the one Quicken writes before each account's entries.
	 */
	private static final class Sections {

		final List<Entry> entries = new ArrayList<>();

		final List<String> warnings = new ArrayList<>();

		QifDates.Order declaredOrder;

		int investmentEntries;

		/** The last entry when the file ends without its {@code ^}. */
		Entry unterminated;

		private String section;

		private String account;

		private QifRecord record;

		void line(String line, long number) {
			if (line.isBlank()) {
				return;
			}
			char code = line.charAt(0);
			if (code == '!') {
				finishRecord();
				header(line.substring(1).strip().toLowerCase(Locale.ROOT));
				return;
			}
			if (code == '^') {
				finishRecord();
				return;
			}
			if (this.section == null) {
				// text before the first header (comments some tools write) belongs to
				// nothing
				return;
			}
			if (this.record == null) {
				this.record = new QifRecord(number);
			}
			this.record.add(code, line.substring(1).strip());
		}

		void end() {
			if (this.record != null && !this.record.isEmpty()) {
				int before = this.entries.size();
				finishRecord();
				this.unterminated = (this.entries.size() > before) ? this.entries.get(before) : null;
			}
			if (this.section == null) {
				throw new StatementException(ErrorCode.CORRUPT_FILE, "The QIF file has no !Type or !Account header");
			}
		}

		String lastAccountKey() {
			return (this.account != null) ? this.account : "";
		}

		private void header(String header) {
			if (header.startsWith("type:")) {
				this.section = header.substring(5).strip();
			}
			else if (header.equals("account")) {
				this.section = "account";
			}
			else if (header.equals("option:mdy")) {
				this.declaredOrder = QifDates.Order.MDY;
			}
			else if (header.equals("option:dmy")) {
				this.declaredOrder = QifDates.Order.DMY;
			}
			else if (!header.endsWith(":autoswitch")) {
				this.warnings.add("Unknown QIF header !" + header + " ignored");
			}
		}

		private boolean isCash() {
			return CASH_SECTIONS.contains(this.section);
		}

		private void finishRecord() {
			QifRecord finished = this.record;
			this.record = null;
			if (finished == null || finished.isEmpty() || this.section == null) {
				return;
			}
			if (this.section.equals("account")) {
				String name = finished.first('N');
				this.account = (name != null && !name.isBlank()) ? name : this.account;
			}
			else if (isCash()) {
				this.entries.add(new Entry(this.account, finished));
			}
			else if (this.section.equals("invst")) {
				this.investmentEntries++;
			}
		}

	}

}
