package com.excellentbanking.statements.camt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Attacks and damage end in a clear {@code corrupt_file}, fast and without leaking data.
 */
class CamtHostileInputTest {

	private final CamtStatementParser parser = new CamtStatementParser();

	private StatementException refuse(String xml) {
		return refuse(xml.getBytes(StandardCharsets.UTF_8));
	}

	private StatementException refuse(byte[] content) {
		StatementException ex = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> catchThrowableOfType(StatementException.class,
						() -> this.parser.parse(content, ReadOptions.DEFAULT)));
		assertThat(ex).as("a StatementException").isNotNull();
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
		return ex;
	}

	@Test
	void externalEntityIsNeverRead() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>"
				+ "<AddtlStmtInf>&xxe;</AddtlStmtInf></Stmt></BkToCstmrStmt></Document>";
		StatementException ex = refuse(xxe);
		assertThat(ex).hasMessageContaining("DOCTYPE");
		for (Throwable t = ex; t != null; t = t.getCause()) {
			assertThat(String.valueOf(t.getMessage())).doesNotContain("root:").doesNotContain("/etc/passwd");
		}
	}

	@Test
	void billionLaughsIsRefused() {
		StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"");
			for (int j = 0; j < 10; j++) {
				dtd.append("&lol").append((i == 1) ? "" : String.valueOf(i - 1)).append(';');
			}
			dtd.append("\">");
		}
		dtd.append("]><Document><BkToCstmrStmt><Stmt>&lol9;</Stmt></BkToCstmrStmt></Document>");
		refuse(dtd.toString());
	}

	@Test
	void entityReferenceWithoutDoctypeIsRefused() {
		refuse("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>"
				+ "<AddtlStmtInf>&undeclared;</AddtlStmtInf></Stmt></BkToCstmrStmt></Document>");
	}

	@Test
	void deepNestingIsRefused() {
		StringBuilder deep = new StringBuilder(
				"<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>");
		deep.append("<a>".repeat(10_000)).append("</a>".repeat(10_000));
		deep.append("</Stmt></BkToCstmrStmt></Document>");
		assertThat(refuse(deep.toString())).hasMessageContaining("deeper than 100");
	}

	@Test
	void deepNestingInsideAnEntryIsRefused() {
		String deep = CamtStatementParserTest.stmt("<Ntry>" + "<x>".repeat(500) + "</x>".repeat(500) + "</Ntry>");
		assertThat(refuse(deep)).hasMessageContaining("deeper than 100");
	}

	@Test
	void hugeTextNodeIsRefused() {
		byte[] huge = CamtStatementParserTest
			.stmt("<Ntry><AddtlNtryInf>" + "x".repeat(200_000) + "</AddtlNtryInf></Ntry>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(refuse(huge)).hasMessageContaining("characters of text");
	}

	@Test
	void truncatedFileIsCorrupt() {
		String whole = CamtStatementParserTest.stmt(CamtStatementParserTest.balance("OPBD", "1", "CRDT")
				+ "<Ntry><Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-01-01</Dt></BookgDt></Ntry>");
		for (int cut : new int[] { 10, whole.length() / 2, whole.length() - 20, whole.length() - 1 }) {
			assertThat(refuse(whole.substring(0, cut)).getMessage()).isNotBlank();
		}
	}

	@Test
	void notXmlAtAllIsCorrupt() {
		refuse("this is not xml");
		refuse(new byte[] { (byte) 0xFF, 0x00, 0x12 });
	}

}
