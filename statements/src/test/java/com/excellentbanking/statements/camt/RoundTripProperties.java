package com.excellentbanking.statements.camt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/** Random statements written as CAMT.053 by a test-side writer read back identically. */
class RoundTripProperties {

	record Entry(LocalDate booking, LocalDate value, BigDecimal amount, String remittance, String party, String iban,
			String endToEnd) {
	}

	record Sample(BigDecimal opening, List<Entry> entries) {

		BigDecimal closing() {
			return this.entries.stream().map(Entry::amount).reduce(this.opening, BigDecimal::add);
		}

	}

	@Property(tries = 200)
	void camtRoundTrip(@ForAll("samples") Sample sample) {
		String xml = write(sample);
		Statement statement = new CamtStatementParser().parse(xml.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULT)
			.statements()
			.get(0);
		assertThat(statement.openingBalance()).isEqualTo(sample.opening());
		assertThat(statement.closingBalance()).isEqualTo(sample.closing());
		assertThat(statement.transactions()).hasSize(sample.entries().size());
		for (int i = 0; i < sample.entries().size(); i++) {
			Entry entry = sample.entries().get(i);
			Transaction t = statement.transactions().get(i);
			assertThat(t.amount()).isEqualTo(entry.amount());
			assertThat(t.date()).isEqualTo(entry.booking());
			assertThat(t.valueDate()).isEqualTo(entry.value());
			assertThat(t.description()).isEqualTo(entry.remittance());
			assertThat(t.counterparty()).isEqualTo(entry.party());
			assertThat(t.counterpartyAccount()).isEqualTo(entry.iban());
			assertThat(t.reference()).isEqualTo(entry.endToEnd());
			assertThat(t.currency()).isEqualTo("EUR");
		}
	}

	static String write(Sample sample) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
				+ "<GrpHdr><MsgId>RT</MsgId><CreDtTm>2024-01-01T00:00:00</CreDtTm></GrpHdr><Stmt><Id>RT1</Id>"
				+ "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>");
		balance(xml, "OPBD", sample.opening());
		balance(xml, "CLBD", sample.closing());
		for (Entry entry : sample.entries()) {
			boolean credit = entry.amount().signum() > 0;
			String role = credit ? "Dbtr" : "Cdtr";
			xml.append("<Ntry><Amt Ccy=\"EUR\">")
				.append(entry.amount().abs().toPlainString())
				.append("</Amt><CdtDbtInd>")
				.append(credit ? "CRDT" : "DBIT")
				.append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>")
				.append(entry.booking())
				.append("</Dt></BookgDt><ValDt><DtTm>")
				.append(entry.value())
				.append("T10:15:00+02:00</DtTm></ValDt><NtryDtls><TxDtls><Refs><EndToEndId>")
				.append(escape(entry.endToEnd()))
				.append("</EndToEndId></Refs><RltdPties><")
				.append(role)
				.append("><Pty><Nm>")
				.append(escape(entry.party()))
				.append("</Nm></Pty></")
				.append(role)
				.append("><")
				.append(role)
				.append("Acct><Id><IBAN>")
				.append(entry.iban())
				.append("</IBAN></Id></")
				.append(role)
				.append("Acct></RltdPties><RmtInf><Ustrd>")
				.append(escape(entry.remittance()))
				.append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
		}
		return xml.append("</Stmt></BkToCstmrStmt></Document>").toString();
	}

	private static void balance(StringBuilder xml, String code, BigDecimal amount) {
		xml.append("<Bal><Tp><CdOrPrtry><Cd>")
			.append(code)
			.append("</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">")
			.append(amount.abs().toPlainString())
			.append("</Amt><CdtDbtInd>")
			.append((amount.signum() < 0) ? "DBIT" : "CRDT")
			.append("</CdtDbtInd><Dt><Dt>2024-01-01</Dt></Dt></Bal>");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@Provide
	Arbitrary<Sample> samples() {
		Arbitrary<BigDecimal> opening = Arbitraries.bigDecimals()
			.between(new BigDecimal("-99999999.99999"), new BigDecimal("99999999.99999"))
			.ofScale(5);
		Arbitrary<BigDecimal> amount = Arbitraries.integers()
			.between(0, 5)
			.flatMap((scale) -> Arbitraries.bigDecimals()
				.between(new BigDecimal("-9999999"), new BigDecimal("9999999"))
				.ofScale(scale))
			.filter((a) -> a.signum() != 0);
		Arbitrary<LocalDate> dates = Arbitraries.integers()
			.between(0, 20000)
			.map((d) -> LocalDate.of(2000, 1, 1).plusDays(d));
		Arbitrary<String> word = Arbitraries.strings()
			.withCharRange('a', 'z')
			.withChars("ÄÖÜäöüßéàç&<>'\"0123456789")
			.ofMinLength(1)
			.ofMaxLength(10);
		Arbitrary<String> text = word.list().ofMinSize(1).ofMaxSize(6).map((words) -> String.join(" ", words));
		Arbitrary<String> iban = Arbitraries.strings().numeric().ofLength(18).map((digits) -> "DE" + digits);
		Arbitrary<String> reference = Arbitraries.strings()
			.alpha()
			.numeric()
			.ofMinLength(1)
			.ofMaxLength(35)
			.filter((r) -> !r.equalsIgnoreCase("NOTPROVIDED"));
		Arbitrary<Entry> entry = Combinators.combine(dates, dates, amount, text, text, iban, reference).as(Entry::new);
		return Combinators.combine(opening, entry.list().ofMaxSize(15)).as(Sample::new);
	}

}
