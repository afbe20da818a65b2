package com.excellentbanking.server.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;

/** Names the part of a request a parameter comes from, as FastAPI's {@code loc} does. */
final class RequestParts {

	private RequestParts() {
	}

	static String locationOf(MethodParameter parameter) {
		if (parameter.hasParameterAnnotation(PathVariable.class)) {
			return "path";
		}
		if (parameter.hasParameterAnnotation(RequestBody.class)) {
			return "body";
		}
		return "query";
	}

	static String describe(Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "integer";
		}
		if (type.isEnum()) {
			return "choice";
		}
		return type.getSimpleName().toLowerCase();
	}

}
