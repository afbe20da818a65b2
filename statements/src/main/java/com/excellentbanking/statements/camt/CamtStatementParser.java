package com.excellentbanking.statements.camt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementParser;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.Statement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;

/**
 * Reads ISO 20022 bank-to-customer messages: camt.052 account reports, camt.053
 * statements and camt.054 debit/credit notifications, schema versions 001.02 to 001.13.
 * Each {@code Stmt}, {@code Rpt} or {@code Ntfctn} becomes one statement.
 *
 * <p>
 * The document is streamed; only one account, balance or entry at a time is held as a
 * tree, so memory follows the size of the largest entry, not of the file.
 */
public final class CamtStatementParser implements StatementParser {

	@Override
	public StatementFormat format() {
		return StatementFormat.CAMT;
	}

	@Override
	public ParsedDocument parse(byte[] content, ReadOptions options) {
		try (SafeXmlReader reader = new SafeXmlReader(content)) {
			CamtMessageType type = messageType(reader);
			List<String> warnings = new ArrayList<>();
			warnings.add("Read as " + type.label() + " (" + type.reportElement() + " per statement)");
			if (!type.knownVersion()) {
				warnings.add("Schema version " + type.version() + " of " + type.message()
						+ " is newer or older than the versions 001.02 to 001.13 this reader knows; read as the closest");
			}
			List<Statement> statements = new ArrayList<>();
			while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
				if (reader.localName().equals(type.reportElement())) {
					statements.add(new CamtReportReader(reader).read());
				}
				else {
					reader.skipElement();
				}
			}
			// read to the end, so a file cut after its last statement is still noticed
			while (reader.nextTag() != XMLStreamConstants.END_DOCUMENT) {
				// closing tags of the message and Document
			}
			if (statements.isEmpty()) {
				throw new StatementException(ErrorCode.CORRUPT_FILE, "The " + type.message() + " message contains no "
						+ type.reportElement() + " element, so it holds no statement (the schema requires one)");
			}
			return new ParsedDocument(StatementFormat.CAMT, 0, characterCount(content, reader.encoding()), statements,
					warnings);
		}
	}

	/** Moves past the {@code Document} element to the message element and names it. */
	private static CamtMessageType messageType(SafeXmlReader reader) {
		if (reader.nextTag() != XMLStreamConstants.START_ELEMENT) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The XML has no root element");
		}
		String namespace = reader.namespace();
		if (reader.localName().equals("Document")) {
			if (reader.nextTag() != XMLStreamConstants.START_ELEMENT) {
				throw new StatementException(ErrorCode.CORRUPT_FILE, "The CAMT Document element is empty");
			}
		}
		Optional<CamtMessageType> type = CamtMessageType.of(reader.localName(), namespace);
		return type.orElseThrow(() -> new StatementException(ErrorCode.UNSUPPORTED_FORMAT, "The XML message "
				+ reader.localName() + " is not a CAMT.052, CAMT.053 or CAMT.054 bank-to-customer message"));
	}

	/**
	 * Characters of the decoded document (credits are charged per character) without
	 * decoding it again: in UTF-8 every byte that is not a continuation byte starts one
	 * character, and four-byte sequences are two UTF-16 characters.
	 */
	static long characterCount(byte[] content, String encoding) {
		if (encoding != null && encoding.toUpperCase().startsWith("UTF-16")) {
			return content.length / 2;
		}
		if (encoding != null && !encoding.equalsIgnoreCase(StandardCharsets.UTF_8.name())
				&& !encoding.equalsIgnoreCase("UTF8")) {
			return content.length;
		}
		long count = 0;
		for (byte b : content) {
			if ((b & 0xC0) != 0x80) {
				count++;
			}
			if ((b & 0xF8) == 0xF0) {
				count++;
			}
		}
		return count;
	}

}
