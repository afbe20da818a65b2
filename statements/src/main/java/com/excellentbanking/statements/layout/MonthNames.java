package com.excellentbanking.statements.layout;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month names and their abbreviations in English, German, French, Spanish, Dutch, Italian
 * and Portuguese. Any prefix of three letters or more of a full name is accepted ("sept",
 * "janv", "févr") unless the languages disagree on it ("jui" is June in no language and
 * July in none either: juin/juillet).
 */
public final class MonthNames {

	private static final String[][] NAMES = {
			{ "january", "januar", "janner", "janvier", "enero", "januari", "gennaio", "janeiro" },
			{ "february", "februar", "fevrier", "febrero", "februari", "febbraio", "fevereiro" },
			{ "march", "marz", "mars", "marzo", "maart", "marco" }, { "april", "avril", "abril", "aprile" },
			{ "may", "mai", "mayo", "mei", "maggio", "maio" }, { "june", "juni", "juin", "junio", "giugno", "junho" },
			{ "july", "juli", "juillet", "julio", "luglio", "julho" }, { "august", "aout", "agosto", "augustus" },
			{ "september", "septembre", "septiembre", "setiembre", "settembre", "setembro" },
			{ "october", "oktober", "octobre", "octubre", "ottobre", "outubro" },
			{ "november", "novembre", "noviembre", "novembro" },
			{ "december", "dezember", "decembre", "diciembre", "dicembre", "dezembro" } };

	/** Abbreviations that are not prefixes of a full name. */
	private static final String[][] EXTRA = { { "mrz", "3" }, { "mrt", "3" }, { "sep", "9" } };

	private static final Map<String, Integer> MONTHS = build();

	private MonthNames() {
	}

	/** The month (1-12) a word names, ignoring case, accents and a trailing dot. */
	public static Integer month(String word) {
		String key = normalize(word);
		if (key.length() < 3) {
			return null;
		}
		return MONTHS.get(key);
	}

	static String normalize(String word) {
		String s = Keywords.ascii(word) ? word
				: Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		s = s.toLowerCase(Locale.ROOT);
		if (s.endsWith(".")) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}

	private static Map<String, Integer> build() {
		Map<String, Integer> map = new HashMap<>();
		Set<String> conflicting = new HashSet<>();
		for (int month = 0; month < NAMES.length; month++) {
			for (String name : NAMES[month]) {
				for (int length = 3; length <= name.length(); length++) {
					String prefix = name.substring(0, length);
					Integer existing = map.putIfAbsent(prefix, month + 1);
					if (existing != null && existing != month + 1) {
						conflicting.add(prefix);
					}
				}
			}
		}
		conflicting.forEach(map::remove);
		for (String[] extra : EXTRA) {
			map.put(extra[0], Integer.parseInt(extra[1]));
		}
		return Map.copyOf(map);
	}

}
