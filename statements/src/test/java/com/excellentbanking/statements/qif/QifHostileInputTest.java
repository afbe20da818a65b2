package com.excellentbanking.statements.qif;

import java.io.StringReader;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.ofx.GeneratedReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile input ends in a clear {@link StatementException} after bounded work; the
 * timeout is a safety net against loops, not a measurement.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class QifHostileInputTest {

	private final QifStatementParser parser = new QifStatementParser();

	@Test
	void refusesA200MegabyteLine() {
		GeneratedReader reader = new GeneratedReader("!Type:Bank\nD1/2/2026\nP", "x", 200L * 1024 * 1024, "\n^\n");
		StatementException ex = catchThrowableOfType(StatementException.class, () -> this.parser.parse(reader));
		assertThat(ex).isNotNull();
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
		assertThat(ex).hasMessageContaining("line longer than").hasMessageContaining("line 3");
		assertThat(reader.delivered()).isLessThan(1024 * 1024);
	}

	@Test
	void refusesAnEntryWithEndlessFields() {
		GeneratedReader reader = new GeneratedReader("!Type:Bank\nD1/2/2026\n", "SFood\n$-1\n", 200L * 1024 * 1024,
				"^\n");
		StatementException ex = catchThrowableOfType(StatementException.class, () -> this.parser.parse(reader));
		assertThat(ex).isNotNull();
		assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
		assertThat(ex).hasMessageContaining("more than " + QifRecord.MAX_FIELDS + " fields");
		assertThat(reader.delivered()).isLessThan(1024 * 1024);
	}

	@Test
	void refusesMoreTextThanTheLimit() {
		GeneratedReader reader = new GeneratedReader("!Type:Bank\n", "D1/2/2026\nT-1\n^\n", 2_000_000, "");
		assertThatThrownBy(() -> new QifStatementParser(1_000_000).parse(reader)).isInstanceOfSatisfying(
				StatementException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.TOO_LARGE));
	}

	@Test
	void everyTruncationIsReadOrRefusedCleanly() {
		String text = "!Account\nNChecking\nTBank\n^\n!Type:Bank\nD1/2'26\nT-1,000.50\nPShop\nSA\n$-1,000.50\n^\n"
				+ "D1/3'26\nT2.00\nPRefund\n^\n";
		for (int length = 0; length <= text.length(); length++) {
			String prefix = text.substring(0, length);
			try {
				ParsedDocument document = this.parser.parse(new StringReader(prefix));
				assertThat(document.characterCount()).isEqualTo(length);
			}
			catch (StatementException ex) {
				assertThat(ex.code()).as(prefix).isEqualTo(ErrorCode.CORRUPT_FILE);
			}
		}
	}

}
