package com.excellentbanking.statements.ofx;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.StatementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile input ends in a clear {@link StatementException} after bounded work: the
 * timeouts are generous safety nets (a regression would loop or read everything), not
 * performance measurements.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OfxHostileInputTest {

	private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

	private static final String HEADER = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n";

	private final OfxStatementParser parser = new OfxStatementParser();

	private StatementException failure(GeneratedReader reader) {
		StatementException ex = catchThrowableOfType(StatementException.class, () -> this.parser.parse(reader));
		assertThat(ex).as("a StatementException").isNotNull();
		assertThat(reader.delivered()).as("stopped early").isLessThan(1024 * 1024);
		return ex;
	}

	@Test
	void refusesA200MegabyteValueOnOneLine() {
		StatementException ex = failure(
				new GeneratedReader(HEADER + "<OFX><BANKMSGSRSV1><STMTTRN><NAME>", "A", TWO_HUNDRED_MB, ""));
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
		assertThat(ex).hasMessageContaining("value longer than");
	}

	@Test
	void refusesA200MegabyteTag() {
		StatementException ex = failure(new GeneratedReader(HEADER + "<OFX><", "B", TWO_HUNDRED_MB, ">"));
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
		assertThat(ex).hasMessageContaining("malformed tag");
	}

	@Test
	void refusesDeepNesting() {
		StatementException ex = failure(new GeneratedReader(HEADER + "<OFX>", "<AGG>\n", TWO_HUNDRED_MB, ""));
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
		assertThat(ex).hasMessageContaining("deeper than");
	}

	@Test
	void refusesAnEndlessComment() {
		StatementException ex = failure(new GeneratedReader(HEADER + "<OFX><!--", "-", TWO_HUNDRED_MB, ""));
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
	}

	@Test
	void refusesEntityDeclarations() {
		String lolz = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
				+ "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
				+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
				+ "<OFX><NAME>&lol3;</NAME></OFX>";
		assertThatThrownBy(() -> this.parser.parse(new StringReader(lolz)))
			.isInstanceOfSatisfying(StatementException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE))
			.hasMessageContaining("entity declaration");
	}

	@Test
	void entityLikeTextIsDecodedInTwoLinearPassesAtMost() {
		String nested = "&amp;".repeat(10_000) + "amp;lt;";
		String text = HEADER + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST>"
				+ "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260101<TRNAMT>-1<FITID>1<NAME>" + nested
				+ "</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
		ParsedDocument document = this.parser.parse(text.getBytes(StandardCharsets.US_ASCII), ReadOptions.DEFAULT);
		String name = document.statements().get(0).transactions().get(0).counterparty();
		// pass one leaves 9,999 "&" and "&amp;lt;"; pass two turns that into "&lt;", and
		// stops
		assertThat(name).hasSize(9_999 + "&lt;".length()).endsWith("&&lt;");
	}

	@Test
	void refusesAnEntityFloodLongerThanAValue() {
		StatementException ex = failure(
				new GeneratedReader(HEADER + "<OFX><BANKMSGSRSV1><STMTTRN><NAME>", "&amp;", TWO_HUNDRED_MB, ""));
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
	}

	@Test
	void refusesMoreTextThanTheLimit() {
		GeneratedReader reader = new GeneratedReader(HEADER + "<OFX>", "<A>1", 2_000_000, "</OFX>");
		assertThatThrownBy(() -> new OfxStatementParser(1_000_000).parse(reader)).isInstanceOfSatisfying(
				StatementException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.TOO_LARGE));
	}

	@Test
	void everyTruncationOfAStatementIsReadOrRefusedCleanly() {
		String text = HEADER + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1"
				+ "</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260101<TRNAMT>-1.50<FITID>1"
				+ "<NAME>X &amp; Y<MEMO><![CDATA[memo]]></STMTTRN></BANKTRANLIST><LEDGERBAL><BALAMT>10"
				+ "<DTASOF>20260102</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
		int refused = 0;
		for (int length = 0; length < text.length(); length++) {
			String prefix = text.substring(0, length);
			try {
				this.parser.parse(new StringReader(prefix));
			}
			catch (StatementException ex) {
				assertThat(ex.code()).as(prefix).isEqualTo(ErrorCode.CORRUPT_FILE);
				refused++;
			}
		}
		assertThat(refused).isGreaterThan(text.length() - HEADER.length() - 10);
	}

}
