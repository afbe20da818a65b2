package com.excellentbanking.statements.model;

/** A file the engine cannot read, with a stable code and a message fit for the user. */
public class StatementException extends RuntimeException {

	private final ErrorCode code;

	public StatementException(ErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	public StatementException(ErrorCode code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	public ErrorCode code() {
		return this.code;
	}

}
