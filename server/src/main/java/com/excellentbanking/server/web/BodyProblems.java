package com.excellentbanking.server.web;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** Explains why a JSON body could not be read, pointing at the offending field. */
final class BodyProblems {

	private BodyProblems() {
	}

	static ValidationError describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof StreamReadException) {
			return new ValidationError(List.of("body"), "JSON decode error", "json_invalid");
		}
		if (cause instanceof JacksonException jackson) {
			List<Object> loc = new ArrayList<>();
			loc.add("body");
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					loc.add(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					loc.add(reference.getIndex());
				}
			}
			if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
				String expected = (cause instanceof MismatchedInputException mismatch)
						? RequestParts.describe(mismatch.getTargetType()) : "value";
				return new ValidationError(loc, "Input should be a valid " + expected, "type_error");
			}
			return new ValidationError(loc, "Invalid value", "value_error");
		}
		return new ValidationError(List.of("body"), "Field required", "missing");
	}

}
