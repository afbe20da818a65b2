package com.excellentbanking.server.core;

import java.util.List;

/**
 * A request value that fails a rule no annotation can express; answered like any other
 * validation error (422, FastAPI style).
 */
public class InvalidField extends ClientError {

	private final List<Object> location;

	private final String type;

	public InvalidField(List<Object> location, String message, String type) {
		super(422, message);
		this.location = List.copyOf(location);
		this.type = type;
	}

	public List<Object> location() {
		return this.location;
	}

	public String type() {
		return this.type;
	}

}
