package com.excellentbanking.server.web;

/** The wire uses snake_case (SPEC); Java fields are camelCase. */
final class JsonNames {

	private JsonNames() {
	}

	static String snakeCase(String camelCase) {
		StringBuilder out = new StringBuilder(camelCase.length() + 4);
		for (char c : camelCase.toCharArray()) {
			if (Character.isUpperCase(c)) {
				out.append('_').append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
