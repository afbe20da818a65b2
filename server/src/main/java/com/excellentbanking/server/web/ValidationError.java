package com.excellentbanking.server.web;

import java.util.List;

/** One entry of a FastAPI-style 422 body: where, what, and a machine-readable kind. */
record ValidationError(List<Object> loc, String msg, String type) {

	/**
	 * Maps Bean Validation constraint names onto the error types FastAPI clients know.
	 */
	static String typeOf(String constraint) {
		if (constraint == null) {
			return "value_error";
		}
		return switch (constraint) {
			case "NotNull", "NotEmpty" -> "missing";
			case "NotBlank" -> "string_too_short";
			case "Size" -> "string_too_long";
			case "Min", "Positive", "PositiveOrZero" -> "greater_than_equal";
			case "Max" -> "less_than_equal";
			case "Pattern" -> "string_pattern_mismatch";
			default -> "value_error";
		};
	}

}
