package com.excellentbanking.statements.detect;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.model.StatementFormat;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTest {

	@Test
	void ofxWithAndWithoutHeaders() {
		assertThat(detect("OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1>")).contains(StatementFormat.OFX);
		assertThat(detect("\n<OFX>\n<SIGNONMSGSRSV1>")).contains(StatementFormat.OFX);
		assertThat(detect("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"220\"?><OFX>"))
			.contains(StatementFormat.OFX);
		assertThat(detect("<?xml version=\"1.0\"?><OFX><SIGNONMSGSRSV1>")).contains(StatementFormat.OFX);
	}

	@Test
	void csvWhoseDescriptionMentionsOfxIsCsv() {
		assertThat(detect("Date,Amount,Description\n2024-01-01,-5.00,Payment <OFX> export fee\n2024-01-02,6.00,y\n"))
			.contains(StatementFormat.CSV);
	}

	@Test
	void otherFormatsByTheirSignature() {
		assertThat(detect("!Type:Bank\nD01/02/2024\nT-1.00\n^\n")).contains(StatementFormat.QIF);
		assertThat(detect(":20:REF\n:25:DE123/456\n:28C:1\n:60F:C240101EUR100,00\n")).contains(StatementFormat.MT940);
		assertThat(detect("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"))
			.contains(StatementFormat.CAMT);
		assertThat(detect("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"))
			.isEmpty();
	}

	private static Optional<StatementFormat> detect(String text) {
		return FormatDetector.detect(text.getBytes(StandardCharsets.UTF_8));
	}

}
