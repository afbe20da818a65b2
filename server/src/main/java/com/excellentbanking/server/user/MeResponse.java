package com.excellentbanking.server.user;

import java.time.Instant;

/** Body of {@code GET /me}. */
record MeResponse(long id, String clerkUserId, String email, long credits, Instant createdAt) {

	static MeResponse of(UserAccount account) {
		return new MeResponse(account.id(), account.clerkUserId(), account.email(), account.credits(),
				account.createdAt());
	}

}
