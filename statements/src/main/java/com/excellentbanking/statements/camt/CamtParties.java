package com.excellentbanking.statements.camt;

import java.util.ArrayList;
import java.util.List;

import com.excellentbanking.statements.model.Text;

/** Related parties, remittance information and bank transaction codes of a CAMT entry. */
final class CamtParties {

	private CamtParties() {
	}

	/**
	 * The name of the debtor ({@code role} {@code Dbtr}) or creditor ({@code Cdtr}): up
	 * to version 7 directly under the role, from version 8 under {@code Pty}, or the
	 * agent ({@code Agt}) when the party is a financial institution; the ultimate party
	 * when the direct one is unnamed.
	 */
	static String name(XmlElement parties, String role) {
		if (parties == null) {
			return null;
		}
		String ultimate = "Ultmt" + role;
		return firstNonNull(parties.text(role, "Nm"), parties.text(role, "Pty", "Nm"),
				parties.text(role, "Agt", "FinInstnId", "Nm"), parties.text(ultimate, "Nm"),
				parties.text(ultimate, "Pty", "Nm"));
	}

	/** The IBAN or other account id of the debtor's or creditor's account. */
	static String account(XmlElement parties, String role) {
		if (parties == null) {
			return null;
		}
		String accountElement = role + "Acct";
		return firstNonNull(parties.text(accountElement, "Id", "IBAN"),
				parties.text(accountElement, "Id", "Othr", "Id"),
				parties.text(accountElement, "Id", "PrtryAcct", "Id"));
	}

	/**
	 * Unstructured lines joined with a space, then structured references (creditor
	 * reference, referred document numbers, additional remittance text).
	 */
	static String remittance(XmlElement remittance) {
		if (remittance == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (XmlElement line : remittance.children("Ustrd")) {
			if (!line.text().isBlank()) {
				parts.add(line.text());
			}
		}
		for (XmlElement structured : remittance.children("Strd")) {
			addIfPresent(parts, structured.text("CdtrRefInf", "Ref"));
			for (XmlElement document : structured.children("RfrdDocInf")) {
				addIfPresent(parts, document.text("Nb"));
			}
			for (XmlElement additional : structured.children("AddtlRmtInf")) {
				addIfPresent(parts, additional.text());
			}
		}
		return parts.isEmpty() ? null : Text.oneLine(String.join(" ", parts));
	}

	/**
	 * ISO codes as {@code PMNT-RCDT-ESCT} (domain, family, sub-family), else the
	 * proprietary code ({@code NTRF+166}-style codes of German banks).
	 */
	static String bankTransactionCode(XmlElement code) {
		if (code == null) {
			return null;
		}
		String domain = code.text("Domn", "Cd");
		if (domain != null) {
			String family = code.text("Domn", "Fmly", "Cd");
			String subFamily = code.text("Domn", "Fmly", "SubFmlyCd");
			return domain + ((family != null) ? "-" + family : "") + ((subFamily != null) ? "-" + subFamily : "");
		}
		return code.text("Prtry", "Cd");
	}

	private static void addIfPresent(List<String> parts, String value) {
		if (value != null) {
			parts.add(value);
		}
	}

	private static String firstNonNull(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
