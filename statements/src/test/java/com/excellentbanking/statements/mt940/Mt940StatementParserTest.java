package com.excellentbanking.statements.mt940;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class Mt940StatementParserTest {

	private final Mt940StatementParser parser = new Mt940StatementParser();

	private ParsedDocument parse(String text) {
		return this.parser.parse(text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT);
	}

	private Transaction only(String text) {
		return parse(text).statements().get(0).transactions().get(0);
	}

	@Test
	void readsAStatementInsideSwiftBlocks() {
		String text = "{1:F01BANKFRPPAXXX0000000000}{2:I940BANKFRPPXXXXN}{4:\r\n:20:STMT1\r\n:25:DE89370400440532013000\r\n"
				+ ":28C:00001/001\r\n:60F:C250801EUR1500,00\r\n:61:2508010801D42,50NTRFINV-42//BANKREF001\r\n"
				+ "supplementary\r\n:86:free text\r\n:62F:C250801EUR1457,50\r\n:64:C250801EUR1457,50\r\n-}";
		Statement statement = parse(text).statements().get(0);
		assertThat(statement.account().iban()).isEqualTo("DE89370400440532013000");
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.openingBalance()).isEqualByComparingTo("1500.00");
		assertThat(statement.closingBalance()).isEqualByComparingTo("1457.50");
		Transaction t = statement.transactions().get(0);
		assertThat(t.amount()).isEqualTo(new BigDecimal("-42.50"));
		assertThat(t.date()).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(t.type()).isEqualTo("NTRF");
		assertThat(t.reference()).isEqualTo("INV-42");
		assertThat(t.description()).isEqualTo("free text");
		assertThat(t.currency()).isEqualTo("EUR");
	}

	@Test
	void entryDateRollsOverTheYear() {
		Transaction t = only(":20:X\n:60F:C231231EUR0,\n:61:2312310102C5,NTRFNONREF\n:62F:C240102EUR5,\n");
		assertThat(t.valueDate()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(t.date()).isEqualTo(LocalDate.of(2024, 1, 2));
		Transaction back = only(":20:X\n:61:2401021231D5,NTRFNONREF\n");
		assertThat(back.date()).isEqualTo(LocalDate.of(2023, 12, 31));
	}

	@Test
	void marksAndFundsCodes() {
		String text = ":20:X\n:60F:C240101EUR100,\n:61:240101C1,NTRFNONREF\n:61:240101D2,NTRFNONREF\n"
				+ ":61:240101RC3,NTRFNONREF\n:61:240101RD4,NTRFNONREF\n:61:240101CR5,NTRFNONREF\n"
				+ ":61:240101DR6,NTRFNONREF\n:61:240101RCR7,NRTINONREF\n:62F:C240101EUR92,\n";
		Statement statement = parse(text).statements().get(0);
		assertThat(statement.transactions()).extracting(Transaction::amount)
			.containsExactly(new BigDecimal("1"), new BigDecimal("-2"), new BigDecimal("-3"), new BigDecimal("4"),
					new BigDecimal("5"), new BigDecimal("-6"), new BigDecimal("-7"));
		assertThat(statement.transactions().get(2).description()).startsWith("Reversal");
		BigDecimal sum = statement.transactions()
			.stream()
			.map(Transaction::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(statement.openingBalance().add(sum)).isEqualByComparingTo(statement.closingBalance());
	}

	@Test
	void amountsKeepTheirPrintedDecimals() {
		assertThat(only(":20:X\n:61:240101C1234,5NTRFNONREF\n").amount()).isEqualTo(new BigDecimal("1234.5"));
		assertThat(only(":20:X\n:61:240101C12,NTRFNONREF\n").amount()).isEqualTo(new BigDecimal("12"));
		assertThat(only(":20:X\n:61:240101C0,12345NTRFNONREF\n").amount()).isEqualTo(new BigDecimal("0.12345"));
	}

	@Test
	void debitBalancesAreNegativeAndIntermediateBalancesCount() {
		String text = ":20:A\n:28C:1/1\n:60F:D240101EUR10,\n:61:240101D5,NTRFNONREF\n:62M:D240101EUR15,\n"
				+ ":20:A\n:28C:1/2\n:60M:D240101EUR15,\n:61:240101C20,NTRFNONREF\n:62F:C240101EUR5,\n";
		List<Statement> statements = parse(text).statements();
		assertThat(statements).extracting(Statement::openingBalance)
			.containsExactly(new BigDecimal("-10"), new BigDecimal("-15"));
		assertThat(statements).extracting(Statement::closingBalance)
			.containsExactly(new BigDecimal("-15"), new BigDecimal("5"));
	}

	@Test
	void thirtiethOfFebruaryIsClampedWithAWarning() {
		ParsedDocument document = parse(":20:X\n:61:1602300301DR6,00N024NONREF\n");
		Statement statement = document.statements().get(0);
		assertThat(statement.transactions().get(0).valueDate()).isEqualTo(LocalDate.of(2016, 2, 29));
		assertThat(statement.warnings()).anyMatch((w) -> w.contains("2016-02-30 does not exist"));
	}

	@Test
	void germanGvcDetails() {
		String text = ":20:X\n:61:2401010101C15,00NTRFNONREF\n:86:166?00GUTSCHRIFT?100399?20EREF+E2E-77?21SVWZ+Rechn\n"
				+ "ung 4711?30DRESDEFF508?31DE14508800500194785000?32KARL?33 KAUFMANN\n";
		Transaction t = only(text);
		assertThat(t.description()).isEqualTo("GUTSCHRIFT Rechnung 4711");
		assertThat(t.counterparty()).isEqualTo("KARL KAUFMANN");
		assertThat(t.counterpartyAccount()).isEqualTo("DE14508800500194785000");
		assertThat(t.reference()).isEqualTo("E2E-77");
	}

	@Test
	void polishTildeVariant() {
		Transaction t = only(
				":20:X\n:61:240101D1,NTRFNONREF\n:86:020~00PRZELEW~20Faktura 1/2024~31PL611090101400000712198128"
						+ "74~32JAN NOWAK\n");
		assertThat(t.description()).isEqualTo("PRZELEW Faktura 1/2024");
		assertThat(t.counterparty()).isEqualTo("JAN NOWAK");
		assertThat(t.counterpartyAccount()).isEqualTo("PL61109010140000071219812874");
	}

	@Test
	void swiftStructuredDetails() {
		Transaction t = only(
				":20:X\n:61:240101D1,NTRFNONREF\n:86:/TRTP/SEPA OVERBOEKING/IBAN/FR1420041010050500013M0260"
						+ "6/BIC/PSSTFRPP/NAME/Boulangerie/REMI/Facture 2025-0042/EREF/E-1\n");
		assertThat(t.counterparty()).isEqualTo("Boulangerie");
		assertThat(t.counterpartyAccount()).isEqualTo("FR1420041010050500013M02606");
		assertThat(t.description()).isEqualTo("Facture 2025-0042");
		assertThat(t.reference()).isEqualTo("E-1");
	}

	@Test
	void keyWithAnEmptyValueSharesItsSlashWithTheNextKey() {
		// an empty BIC written with one slash between the keys (/BIC/NAME/), not two
		Transaction t = only(
				":20:X\n:61:240101D1,NTRFNONREF\n:86:/TRTP/SEPA OVERBOEKING/IBAN/FR7630007000111234567890144"
						+ "/BIC/NAME/Employeur Acme SARL/REMI/Salaire\n");
		assertThat(t.counterparty()).isEqualTo("Employeur Acme SARL");
		assertThat(t.counterpartyAccount()).isEqualTo("FR7630007000111234567890144");
		assertThat(t.description()).isEqualTo("Salaire");
	}

	@Test
	void ingCounterpartyAndRabobankBeneficiary() {
		Transaction ing = only(":20:X\n:61:240101D1,NTRFNONREF\n:86:/CNTP/NL08INGB0000000555/INGBNL2A/J DOE/AMSTERDAM/"
				+ "/REMI/USTD//Rent may/\n");
		assertThat(ing.counterparty()).isEqualTo("J DOE");
		assertThat(ing.counterpartyAccount()).isEqualTo("NL08INGB0000000555");
		assertThat(ing.description()).isEqualTo("Rent may");
		Transaction rabo = only(
				":20:X\n:61:130101D25,00N102EREF\nNL70ABNA0987654321\n:86:/EREF/X1/BENM//NAME/CONTRA ACCOUN\n"
						+ "T HOLDER/REMI//ISDT/2013-07-11\n");
		assertThat(rabo.counterparty()).isEqualTo("CONTRA ACCOUNT HOLDER");
		assertThat(rabo.counterpartyAccount()).isEqualTo("NL70ABNA0987654321");
	}

	@Test
	void mt942HasNoBalances() {
		String text = ":20:CGN\n:25:GJB0291077111\n:28C:03917/00001\n:34F:EURD0,00\n:13D:1610301730+0000\n"
				+ ":61:1610301031D0,42MCI0NONREF//055001022000001\nYAY MT942 CHG\n:86:REMIT:Costs.\n:90D:1EUR0,42\n";
		Statement statement = parse(text).statements().get(0);
		assertThat(statement.openingBalance()).isNull();
		assertThat(statement.closingBalance()).isNull();
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.account().number()).isEqualTo("GJB0291077111");
		assertThat(statement.transactions().get(0).reference()).isEqualTo("055001022000001");
	}

	@Test
	void damagedLayoutsStillRead() {
		// missing final CRLF, a split tag, control characters, an empty :86:, trailing
		// "-" lines
		String text = "\u0001\n:20:X\n:25:12345678/0000007055\n:61:1811261126CR\n30,00N062NONREF\n:\n86:166?00GUTSCHR.\n"
				+ ":61:181126C1,NTRFNONREF\n:86:\n-\n-XXX\n-";
		Statement statement = parse(text).statements().get(0);
		assertThat(statement.account().bank()).isEqualTo("12345678");
		assertThat(statement.transactions()).extracting(Transaction::amount)
			.containsExactly(new BigDecimal("30.00"), new BigDecimal("1"));
		assertThat(statement.transactions().get(0).description()).isEqualTo("GUTSCHR.");
	}

	@Test
	void badFieldsAreCorrupt() {
		assertThatThrownBy(() -> parse(":20:X\n:61:24AB01C1,NTRF\n")).isInstanceOf(StatementException.class)
			.hasMessageContaining("line 2");
		assertThatThrownBy(() -> parse(":20:X\n:61:241301C1,NTRF\n")).isInstanceOf(StatementException.class)
			.hasMessageContaining("month 13");
		assertThatThrownBy(() -> parse("no fields here\n")).isInstanceOf(StatementException.class)
			.extracting((ex) -> ((StatementException) ex).code())
			.isEqualTo(ErrorCode.CORRUPT_FILE);
	}

	@Test
	void hugeSingleLineIsRefusedInBoundedTime() {
		byte[] huge = new byte[200 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) 'A');
		byte[] header = ":20:X\n:86:".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, huge, 0, header.length);
		StatementException ex = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> catchThrowableOfType(StatementException.class,
						() -> this.parser.parse(huge, ReadOptions.DEFAULT)));
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
		assertThat(ex).hasMessageContaining("longer than");
	}

	@Test
	void hugeUnterminatedSwiftBlockIsHandledLinearly() {
		String text = "{1:" + "ABCDEFGHIJ\n".repeat(500_000) + ":20:X\n:61:240101C1,NTRFNONREF\n";
		ParsedDocument document = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(text));
		assertThat(document.statements().get(0).transactions()).hasSize(1);
	}

	@Test
	void truncatedStatementLineIsCorrupt() {
		assertThatThrownBy(() -> parse(":20:X\n:60F:C240101EUR1,\n:61:2401")).isInstanceOf(StatementException.class)
			.extracting((ex) -> ((StatementException) ex).code())
			.isEqualTo(ErrorCode.CORRUPT_FILE);
		assertThatThrownBy(() -> parse(":20:X\n:60F:C2401")).isInstanceOf(StatementException.class);
	}

}
