package com.excellentbanking.server.core;

/**
 * A resource that does not exist for the caller. Another user's resource is reported the
 * same way, so ids reveal nothing.
 */
public class NotFound extends ClientError {

	public NotFound(String detail) {
		super(404, detail);
	}

}
