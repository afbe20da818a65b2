package com.excellentbanking.statements.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out worksheet names Excel accepts: at most 31 characters, none of
 * {@code [ ] : * ? / \}, not starting or ending with an apostrophe, and unique ignoring
 * case (Excel's rule), with a counter suffix when a name is taken. "History" is reserved
 * by Excel.
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	private final Set<String> taken = new HashSet<>();

	SheetNames(String... reserved) {
		this.taken.add("history");
		for (String name : reserved) {
			this.taken.add(name.toLowerCase(Locale.ROOT));
		}
	}

	/** A unique, valid name as close to {@code wanted} as possible. */
	String allocate(String wanted, String fallback) {
		String base = clean(wanted);
		if (base.isEmpty()) {
			base = clean(fallback);
		}
		String name = truncate(base, MAX_LENGTH);
		for (int counter = 2; !this.taken.add(name.toLowerCase(Locale.ROOT)); counter++) {
			String suffix = " (" + counter + ")";
			name = truncate(base, MAX_LENGTH - suffix.length()) + suffix;
		}
		return name;
	}

	/** A file's display name as a sheet name: without its extension when it has one. */
	static String fromFileName(String fileName) {
		String name = (fileName != null) ? fileName.strip() : "";
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private static String clean(String name) {
		if (name == null) {
			return "";
		}
		String cleaned = name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "").strip();
		cleaned = cleaned.replaceAll("^'+|'+$", "").strip();
		return cleaned;
	}

	private static String truncate(String name, int length) {
		if (name.length() <= length) {
			return name;
		}
		int end = length;
		if (Character.isHighSurrogate(name.charAt(end - 1))) {
			end--;
		}
		return name.substring(0, end).strip();
	}

}
