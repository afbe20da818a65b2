package com.excellentbanking.statements.mt940;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.excellentbanking.statements.model.Text;

/**
 * What the {@code :86:} field says about a transaction. Three dialects exist in the wild:
 * <ul>
 * <li>German GVC (and its Polish and Dutch cousins): {@code 166?00posting text?20purpose
 * ...?30bank code?31account?32name?33name}, with {@code ~}, {@code ^} or {@code >}
 * instead of {@code ?} at some banks. Lines wrap at a fixed width mid-word, so they are
 * joined without a space.</li>
 * <li>SWIFT structured: {@code /NAME/...}, {@code /REMI/...}, {@code /IBAN/...},
 * {@code /EREF/...}, ING's {@code /CNTP/iban/bic/name/city/} and Rabobank's
 * {@code /BENM//NAME/...}; also wrapped mid-word.</li>
 * <li>Free text, whose lines are joined with a space.</li>
 * </ul>
 */
record TransactionDetails(String description, String counterparty, String counterpartyAccount, String reference) {

	static final TransactionDetails NONE = new TransactionDetails("", null, null, null);

	private static final Pattern GVC = Pattern.compile("^\\s*(\\d{3})\\s*([?~^>])\\s*\\d{2}");

	private static final Pattern QUESTION_SUBFIELD = Pattern.compile("\\?\\s*(\\d{2})");

	private static final Pattern TILDE_SUBFIELD = Pattern.compile("~\\s*(\\d{2})");

	private static final Pattern CARET_SUBFIELD = Pattern.compile("\\^\\s*(\\d{2})");

	private static final Pattern ANGLE_SUBFIELD = Pattern.compile(">\\s*(\\d{2})");

	private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");

	private static final Pattern STRUCTURED_KEY = Pattern.compile("/(EREF|KREF|MREF|CRED|DEBT|BENM|ORDP|NAME|REMI|"
			+ "IBAN|BIC|ADDR|TRTP|CNTP|ISDT|RTRN|PREF|MARF|CSID|SVCL|ULTC|ULTD|ULTB|PURP|ACCW|BUSP|CHGS|EXCH|OCMT|ID|"
			+ "CDTRREFTP|CDTRREF|RTRNREASON)/");

	/** Keys that mark a structured {@code :86:}; without one of them it is free text. */
	private static final Pattern STRUCTURED_START = Pattern
		.compile("^\\s*/(EREF|KREF|MREF|BENM|ORDP|NAME|REMI|IBAN|TRTP|CNTP|PREF|RTRN|PURP)/");

	private static final Pattern SEPA_KEY = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\\+");

	private static final Pattern LEADING_ACCOUNT = Pattern.compile("^\\s*([A-Z]{2}\\d{2}[A-Z0-9]{10,30}|\\d{9,10})\\s");

	static TransactionDetails parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return NONE;
		}
		Matcher gvc = GVC.matcher(raw);
		if (gvc.find()) {
			return gvc(LINE_BREAK.matcher(raw).replaceAll(""), gvc.group(2).charAt(0));
		}
		if (STRUCTURED_START.matcher(raw).find()) {
			return structured(LINE_BREAK.matcher(raw).replaceAll(""));
		}
		String text = Text.oneLine(raw);
		Matcher account = LEADING_ACCOUNT.matcher(text);
		return new TransactionDetails(text, null, account.find() ? account.group(1) : null, null);
	}

	private static TransactionDetails gvc(String text, char separator) {
		Map<Integer, StringBuilder> fields = new LinkedHashMap<>();
		Pattern subfield = switch (separator) {
			case '~' -> TILDE_SUBFIELD;
			case '^' -> CARET_SUBFIELD;
			case '>' -> ANGLE_SUBFIELD;
			default -> QUESTION_SUBFIELD;
		};
		Matcher matcher = subfield.matcher(text);
		int key = -1;
		int from = 0;
		while (matcher.find()) {
			if (key >= 0) {
				fields.computeIfAbsent(key, (k) -> new StringBuilder()).append(text, from, matcher.start());
			}
			key = Integer.parseInt(matcher.group(1));
			from = matcher.end();
		}
		if (key >= 0) {
			fields.computeIfAbsent(key, (k) -> new StringBuilder()).append(text.substring(from));
		}
		StringBuilder purpose = new StringBuilder();
		for (int i : new int[] { 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63 }) {
			if (fields.containsKey(i)) {
				purpose.append(fields.get(i));
			}
		}
		String postingText = field(fields, 0);
		String sepaText = sepa(purpose.toString(), "SVWZ");
		String description = join(postingText, (sepaText != null) ? sepaText : purpose.toString());
		String name = (field(fields, 32) != null || field(fields, 33) != null)
				? Text.oneLine(raw(fields, 32) + raw(fields, 33)) : null;
		return new TransactionDetails(description, name, field(fields, 31), sepa(purpose.toString(), "EREF"));
	}

	/** The value of one SEPA keyword ({@code SVWZ+...}) inside GVC purpose lines. */
	private static String sepa(String purpose, String key) {
		Matcher matcher = SEPA_KEY.matcher(purpose);
		while (matcher.find()) {
			if (matcher.group(1).equals(key)) {
				int start = matcher.end();
				int end = matcher.find() ? matcher.start() : purpose.length();
				String value = Text.blankToNull(purpose.substring(start, end));
				return "NOTPROVIDED".equalsIgnoreCase(value) ? null : value;
			}
		}
		return null;
	}

	private static TransactionDetails structured(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		Matcher matcher = STRUCTURED_KEY.matcher(text);
		String key = null;
		int from = 0;
		int position = 0;
		while (position < text.length() && matcher.find(position)) {
			if (key != null) {
				// an empty value lets the next key start on the slash that closed this
				// one
				values.putIfAbsent(key, text.substring(from, Math.max(from, matcher.start())));
			}
			key = matcher.group(1);
			from = matcher.end();
			// the closing slash of one key is the opening slash of the next: /BENM//NAME/
			position = matcher.end() - 1;
		}
		if (key != null) {
			values.putIfAbsent(key, text.substring(from));
		}
		String counterparty = clean(values.get("NAME"));
		String account = clean(values.get("IBAN"));
		String counterpartyInfo = values.get("CNTP");
		if (counterpartyInfo != null) {
			String[] parts = counterpartyInfo.split("/", -1);
			account = (account != null) ? account : clean(parts[0]);
			counterparty = (counterparty != null || parts.length < 3) ? counterparty : clean(parts[2]);
		}
		if (account == null) {
			account = clean(values.get("ACCW"));
		}
		String remittance = clean(remittance(values.get("REMI")));
		String description = (remittance != null) ? remittance : Text.oneLine(text);
		String reference = clean(values.get("EREF"));
		if ("NOTPROVIDED".equalsIgnoreCase(reference)) {
			reference = null;
		}
		return new TransactionDetails(description, counterparty, account, reference);
	}

	/**
	 * {@code /REMI/USTD//text/} and {@code /REMI/STRD/CUR/ref/} wrap the text in a
	 * scheme.
	 */
	private static String remittance(String remi) {
		if (remi == null) {
			return null;
		}
		String value = remi;
		if (value.startsWith("USTD//")) {
			value = value.substring(6);
		}
		else if (value.startsWith("STRD/CUR/")) {
			value = value.substring(9);
		}
		return value;
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		while (stripped.endsWith("/")) {
			stripped = stripped.substring(0, stripped.length() - 1).strip();
		}
		while (stripped.startsWith("/")) {
			stripped = stripped.substring(1).strip();
		}
		return Text.blankToNull(stripped);
	}

	private static String field(Map<Integer, StringBuilder> fields, int key) {
		StringBuilder value = fields.get(key);
		return (value != null) ? Text.blankToNull(value.toString()) : null;
	}

	private static String raw(Map<Integer, StringBuilder> fields, int key) {
		StringBuilder value = fields.get(key);
		return (value != null) ? value.toString() : "";
	}

	private static String join(String first, String second) {
		return Text.oneLine(((first != null) ? first : "") + " " + ((second != null) ? second : ""));
	}

}
