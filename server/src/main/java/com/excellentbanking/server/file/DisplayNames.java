package com.excellentbanking.server.file;

/**
 * File names as shown to people. A client's name is only ever displayed, never used in a
 * storage key; still, paths and control characters are dropped so it displays safely.
 */
final class DisplayNames {

	static final int MAX_LENGTH = 255;

	private DisplayNames() {
	}

	static String clean(String name) {
		if (name == null) {
			return "upload";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}]", "").strip();
		if (base.isEmpty()) {
			return "upload";
		}
		return (base.length() > MAX_LENGTH) ? base.substring(0, MAX_LENGTH) : base;
	}

	/** The display name with its extension replaced, for downloads of derived outputs. */
	static String withExtension(String name, String extension) {
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		return stem + "." + extension;
	}

}
