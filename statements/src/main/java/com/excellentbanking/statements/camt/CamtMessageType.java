package com.excellentbanking.statements.camt;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which CAMT message a document is: the root element names the message, the namespace its
 * schema version ({@code urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}).
 */
record CamtMessageType(String message, String version, String reportElement) {

	private static final Pattern NAMESPACE = Pattern
		.compile("urn:iso:std:iso:20022:tech:xsd:(camt\\.05[234])\\.(\\d{3}\\.\\d{2})");

	/** The versions this parser was written against: 001.02 to 001.13. */
	boolean knownVersion() {
		if (!this.version.startsWith("001.")) {
			return false;
		}
		int minor = Integer.parseInt(this.version.substring(4));
		return minor >= 1 && minor <= 13;
	}

	static Optional<CamtMessageType> of(String rootElement, String namespace) {
		// version 1 messages name their root with the version: BkToCstmrAcctRptV01
		String report = switch (rootElement.replaceFirst("V\\d{2}$", "")) {
			case "BkToCstmrStmt" -> "Stmt";
			case "BkToCstmrAcctRpt" -> "Rpt";
			case "BkToCstmrDbtCdtNtfctn" -> "Ntfctn";
			default -> null;
		};
		if (report == null) {
			return Optional.empty();
		}
		String message = switch (report) {
			case "Stmt" -> "camt.053";
			case "Rpt" -> "camt.052";
			default -> "camt.054";
		};
		Matcher matcher = NAMESPACE.matcher(namespace);
		String version = (matcher.find() && matcher.group(1).equals(message)) ? matcher.group(2) : "unknown";
		return Optional.of(new CamtMessageType(message, version, report));
	}

	String label() {
		return this.message + "." + this.version;
	}

}
