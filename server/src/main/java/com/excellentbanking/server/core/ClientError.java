package com.excellentbanking.server.core;

/**
 * A request the service refuses, named by its outcome. Each module defines its own
 * subclasses ({@code FileNotFound}, {@code InsufficientCredits}, ...); the one web advice
 * turns them into {@code {"detail": ...}} bodies with {@link #status()}.
 */
public abstract class ClientError extends RuntimeException {

	private final int status;

	protected ClientError(int status, String detail) {
		super(detail);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	public String detail() {
		return getMessage();
	}

}
