package com.excellentbanking.server.auth;

import com.excellentbanking.server.core.ClientError;

/** The request reached a handler that needs a caller without a verified token. */
class NotAuthenticated extends ClientError {

	NotAuthenticated() {
		super(401, "Not authenticated");
	}

}
