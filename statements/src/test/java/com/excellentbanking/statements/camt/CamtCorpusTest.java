package com.excellentbanking.statements.camt;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.detect.FormatDetector;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Text;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CAMT corpus against independent parses: genkgo/camt's DTO dumps (which hold the
 * first entry of each message with all its details, the statement's account and its
 * balances; amounts in minor units) and Actual Budget's snapshot of its camt.053 import.
 */
class CamtCorpusTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CamtStatementParser parser = new CamtStatementParser();

	@Test
	void genkgoDumpsAgreeFieldByField() throws Exception {
		Path dir = corpus().resolve("camt");
		List<Path> dumps;
		try (Stream<Path> files = Files.list(dir)) {
			dumps = files.filter((p) -> p.toString().endsWith(".json")).sorted().toList();
		}
		List<String> misses = new ArrayList<>();
		int checked = 0;
		for (Path dump : dumps) {
			String name = dump.getFileName().toString().replace(".json", ".xml");
			ParsedDocument document = this.parser.parse(Files.readAllBytes(dir.resolve(name)), ReadOptions.DEFAULT);
			checked += compare(name, document, JSON.readTree(dump.toFile()), misses);
		}
		System.out.println(
				"genkgo/camt: " + dumps.size() + " files, " + checked + " transactions, " + misses.size() + " misses");
		misses.forEach(System.out::println);
		assertThat(dumps).hasSize(25);
		assertThat(checked).isGreaterThanOrEqualTo(20);
		assertThat(misses).isEmpty();
	}

	@Test
	void theNegativeCaseIsACamtMessageWithoutStatement() throws Exception {
		byte[] wrong = Files.readAllBytes(corpus().resolve("camt/camt053.v2.wrong.xml"));
		assertThat(FormatDetector.detect(wrong)).contains(StatementFormat.CAMT);
		assertThatThrownBy(() -> this.parser.parse(wrong, ReadOptions.DEFAULT)).isInstanceOf(StatementException.class)
			.hasMessageContaining("no Stmt")
			.extracting((ex) -> ((StatementException) ex).code())
			.isEqualTo(ErrorCode.CORRUPT_FILE);
	}

	@Test
	void detectorRecognisesEveryCorpusMessage() throws Exception {
		List<Path> files;
		try (Stream<Path> list = Stream.concat(Files.list(corpus().resolve("camt")),
				Files.list(corpus().resolve("actual")))) {
			files = list.filter((p) -> p.toString().endsWith(".xml")).toList();
		}
		for (Path file : files) {
			assertThat(FormatDetector.detect(Files.readAllBytes(file))).as(file.toString())
				.contains(StatementFormat.CAMT);
		}
		assertThat(files).hasSize(27);
	}

	@Test
	void actualBudgetSnapshotAgrees() throws Exception {
		Path dir = corpus().resolve("actual");
		ParsedDocument document = this.parser.parse(Files.readAllBytes(dir.resolve("camt.053.xml")),
				ReadOptions.DEFAULT);
		JsonNode expected = JSON.readTree(dir.resolve("expected_from_actual_snapshot.json").toFile())
			.get("camt/actual/camt.053.xml");
		List<Transaction> actual = document.statements().get(0).transactions();
		assertThat(actual).hasSize(expected.size());
		for (int i = 0; i < actual.size(); i++) {
			JsonNode want = expected.get(i);
			Transaction got = actual.get(i);
			assertThat(got.amount().movePointRight(2)).as("amount #" + i)
				.isEqualByComparingTo(new BigDecimal(want.get("amount").asString()));
			// Actual dates a CAMT transaction by its value date; this parser's date is
			// the
			// booking date and the value date is kept beside it
			assertThat(got.valueDate()).as("value date #" + i)
				.isEqualTo(LocalDate.parse(want.get("date").asString(),
						java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
			assertThat(got.counterparty()).as("payee #" + i).isEqualTo(text(want, "imported_description"));
			String notes = text(want, "notes");
			if (notes != null) {
				assertThat(got.description()).as("notes #" + i).isEqualTo(Text.oneLine(notes));
			}
		}
	}

	private int compare(String file, ParsedDocument document, JsonNode dump, List<String> misses) {
		JsonNode entries = dump.get("getEntries");
		Statement statement = statementOf(document, entries);
		if (entries.isEmpty()) {
			check(misses, file, "transactions", 0, statement.transactions().size());
			return 0;
		}
		JsonNode entry = entries.get(0);
		JsonNode record = entry.get("getRecord");
		compareStatement(file, statement, record, misses);
		if (!"BOOK".equals(text(entry, "getStatus"))) {
			if (statement.warnings().stream().noneMatch((w) -> w.contains("not booked"))) {
				misses.add(file + ": unbooked first entry left out without a warning");
			}
			return 0;
		}
		BigDecimal entryAmount = minor(entry.get("getAmount"));
		List<JsonNode> details = details(entry);
		List<BigDecimal> split = split(details, entryAmount);
		int count = (split != null) ? details.size() : 1;
		if (statement.transactions().size() < count) {
			misses.add(file + ": " + statement.transactions().size() + " transactions, expected at least " + count);
			return 0;
		}
		for (int i = 0; i < count; i++) {
			JsonNode detail = (split != null) ? details.get(i) : (details.size() == 1 ? details.get(0) : null);
			BigDecimal amount = (split != null) ? split.get(i) : entryAmount;
			compareTransaction(file + " #" + (i + 1), statement.transactions().get(i), entry, detail, amount,
					details.size() > 1, misses);
		}
		return count;
	}

	private void compareTransaction(String where, Transaction actual, JsonNode entry, JsonNode detail,
			BigDecimal amount, boolean batch, List<String> misses) {
		check(misses, where, "amount", amount.stripTrailingZeros(),
				actual.amount().movePointRight(2).stripTrailingZeros());
		LocalDate booking = date(entry.get("getBookingDate"));
		LocalDate value = date(entry.get("getValueDate"));
		if (booking != null || value != null) {
			check(misses, where, "date", (booking != null) ? booking : value, actual.date());
		}
		check(misses, where, "value date", value, actual.valueDate());
		check(misses, where, "currency", entry.get("getAmount").get("getCurrency").get("getCode").asString(),
				actual.currency());
		check(misses, where, "type", code(entry, detail), actual.type());
		check(misses, where, "reference", reference(entry, detail), actual.reference());
		boolean reversal = entry.get("getReversalIndicator").asBoolean();
		String role = ((amount.signum() > 0) != reversal) ? "Debtor" : "Creditor";
		JsonNode party = party(detail, role);
		String name = (party != null) ? text(party.get("getRelatedPartyType"), "getName") : null;
		JsonNode remittanceInfo = (detail != null) ? detail.get("getRemittanceInformation") : null;
		boolean noRemittance = remittanceInfo == null || remittanceInfo.isNull();
		if (name == null && ((detail != null) ? noRemittance : !batch)) {
			// the parser's documented fallback: card payments name the merchant there
			name = text(entry, "getAdditionalInfo");
		}
		check(misses, where, "counterparty", name, actual.counterparty());
		JsonNode account = (party != null) ? party.get("getAccount") : null;
		check(misses, where, "counterparty account",
				(account != null && !account.isNull()) ? text(account, "getIdentification") : null,
				actual.counterpartyAccount());
		JsonNode remittance = (detail != null) ? detail.get("getRemittanceInformation") : null;
		String message = (remittance != null && !remittance.isNull()) ? text(remittance, "getMessage") : null;
		if (message != null && !actual.description().contains(Text.oneLine(message))) {
			misses.add(where + ": description '" + actual.description() + "' lacks remittance '" + message + "'");
		}
	}

	private void compareStatement(String file, Statement statement, JsonNode record, List<String> misses) {
		String account = text(record.get("getAccount"), "getIdentification");
		String actual = (statement.account().iban() != null) ? statement.account().iban()
				: statement.account().number();
		check(misses, file, "account", account, actual);
		BigDecimal opening = null;
		BigDecimal closing = null;
		JsonNode balances = record.get("getBalances");
		for (JsonNode balance : (balances != null) ? balances : JSON.createArrayNode()) {
			String type = balance.get("getType").asString();
			if (type.equals("opening") && opening == null) {
				opening = minor(balance.get("getAmount"));
			}
			if (type.equals("closing")) {
				closing = minor(balance.get("getAmount"));
			}
		}
		check(misses, file, "opening", opening, minorOrNull(statement.openingBalance()));
		check(misses, file, "closing", closing, minorOrNull(statement.closingBalance()));
	}

	/**
	 * genkgo dumps the first entry of one record (not always the first); the statement it
	 * belongs to is the one with that record's opening balance.
	 */
	private static Statement statementOf(ParsedDocument document, JsonNode entries) {
		if (entries.isEmpty() || entries.get(0).get("getRecord").get("getBalances") == null) {
			return document.statements().get(0);
		}
		for (JsonNode balance : entries.get(0).get("getRecord").get("getBalances")) {
			if (balance.get("getType").asString().equals("opening")) {
				BigDecimal opening = minor(balance.get("getAmount"));
				for (Statement statement : document.statements()) {
					if (statement.openingBalance() != null
							&& statement.openingBalance().movePointRight(2).compareTo(opening) == 0) {
						return statement;
					}
				}
			}
		}
		return document.statements().get(0);
	}

	/** The transaction details in document order: genkgo dumps the first one once. */
	private static List<JsonNode> details(JsonNode entry) {
		List<JsonNode> details = new ArrayList<>();
		JsonNode all = entry.get("getTransactionDetails");
		for (int i = 0; i < all.size(); i++) {
			details.add(all.get(i).isString() ? entry.get("getTransactionDetail") : all.get(i));
		}
		return details;
	}

	private static List<BigDecimal> split(List<JsonNode> details, BigDecimal entryAmount) {
		if (details.size() < 2) {
			return null;
		}
		List<BigDecimal> amounts = new ArrayList<>();
		for (JsonNode detail : details) {
			JsonNode amount = detail.get("getAmount");
			if (amount == null || amount.isNull()) {
				return null;
			}
			amounts.add(minor(amount));
		}
		return (amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(entryAmount) == 0) ? amounts : null;
	}

	private static String reference(JsonNode entry, JsonNode detail) {
		JsonNode refs = (detail != null) ? detail.get("getReference") : null;
		if (refs != null && !refs.isNull()) {
			String endToEnd = text(refs, "getEndToEndId");
			if (endToEnd != null && !endToEnd.equalsIgnoreCase("NOTPROVIDED")) {
				return endToEnd;
			}
			if (text(refs, "getAccountServicerReference") != null) {
				return text(refs, "getAccountServicerReference");
			}
		}
		String servicer = text(entry, "getAccountServicerReference");
		return (servicer != null) ? servicer : text(entry, "getReference");
	}

	private static String code(JsonNode entry, JsonNode detail) {
		JsonNode code = (detail != null) ? detail.get("getBankTransactionCode") : null;
		String fromDetail = (code != null && !code.isNull()) ? code(code) : null;
		return (fromDetail != null) ? fromDetail : code(entry.get("getBankTransactionCode"));
	}

	private static String code(JsonNode code) {
		if (code == null || code.isNull()) {
			return null;
		}
		JsonNode domain = code.get("getDomain");
		if (domain != null && !domain.isNull() && text(domain, "getCode") != null) {
			JsonNode family = domain.get("getFamily");
			String familyCode = (family != null && !family.isNull()) ? text(family, "getCode") : null;
			String subFamily = (family != null && !family.isNull()) ? text(family, "getSubFamilyCode") : null;
			return text(domain, "getCode") + ((familyCode != null) ? "-" + familyCode : "")
					+ ((subFamily != null) ? "-" + subFamily : "");
		}
		JsonNode proprietary = code.get("getProprietary");
		return (proprietary != null && !proprietary.isNull()) ? text(proprietary, "getCode") : null;
	}

	private static JsonNode party(JsonNode detail, String role) {
		if (detail == null || detail.get("getRelatedParties") == null) {
			return null;
		}
		JsonNode ultimate = null;
		for (JsonNode party : detail.get("getRelatedParties")) {
			String type = party.get("getRelatedPartyType").get("__CLASS__").asString();
			if (type.endsWith("\\" + role)) {
				return party;
			}
			if (type.endsWith("\\Ultimate" + role)) {
				ultimate = party;
			}
		}
		return ultimate;
	}

	private static BigDecimal minor(JsonNode money) {
		return new BigDecimal(money.get("getAmount").asString());
	}

	private static BigDecimal minorOrNull(BigDecimal amount) {
		return (amount != null) ? amount.movePointRight(2).stripTrailingZeros() : null;
	}

	private static LocalDate date(JsonNode date) {
		return (date == null || date.isNull()) ? null : LocalDate.parse(date.get("0").asString().substring(0, 10));
	}

	private static void check(List<String> misses, String where, String field, Object expected, Object actual) {
		Object want = (expected instanceof BigDecimal decimal) ? decimal.stripTrailingZeros() : expected;
		boolean same = (want instanceof BigDecimal a && actual instanceof BigDecimal b) ? a.compareTo(b) == 0
				: (want == null ? actual == null : want.equals(actual));
		if (!same) {
			misses.add(where + ": " + field + " expected <" + expected + "> but was <" + actual + ">");
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

	static Path corpus() {
		String dir = System.getProperty("eb.corpus.dir");
		Path path = (dir != null) ? Path.of(dir, "camt") : null;
		assumeTrue(path != null && Files.isDirectory(path), "statement corpus not available");
		return path;
	}

}
