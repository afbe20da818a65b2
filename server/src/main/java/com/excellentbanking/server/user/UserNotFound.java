package com.excellentbanking.server.user;

import com.excellentbanking.server.core.NotFound;

/** No user with that id (any more): deleted in the meantime, or never existed. */
public class UserNotFound extends NotFound {

	public UserNotFound() {
		super("User not found");
	}

}
