package com.excellentbanking.statements.camt;

import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamConstants;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeXmlReaderTest {

	@Test
	void bytesInvalidForTheDeclaredEncodingAreACorruptFile() {
		byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Nm>M\u00fcller</Nm>"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> readAll(latin1)).isInstanceOfSatisfying(StatementException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.CORRUPT_FILE));
	}

	@Test
	void theDeclaredEncodingAndAByteOrderMarkAreHonoured() {
		byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Nm>M\u00fcller</Nm>"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(readAll(latin1)).isEqualTo("Müller");
		byte[] utf8WithBom = "\uFEFF<?xml version=\"1.0\"?><Nm>Zo\u00eb</Nm>".getBytes(StandardCharsets.UTF_8);
		assertThat(readAll(utf8WithBom)).isEqualTo("Zoë");
		byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><Nm>Caf\u00e9</Nm>"
			.getBytes(StandardCharsets.UTF_16);
		assertThat(readAll(utf16)).isEqualTo("Café");
	}

	/** The text of the root element. */
	private static String readAll(byte[] content) {
		try (SafeXmlReader reader = new SafeXmlReader(content)) {
			assertThat(reader.nextTag()).isEqualTo(XMLStreamConstants.START_ELEMENT);
			return reader.readElement().text();
		}
	}

}
