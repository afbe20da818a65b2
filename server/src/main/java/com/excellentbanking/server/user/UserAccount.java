package com.excellentbanking.server.user;

import java.time.Instant;

/** A user as stored: identity, contact and credit balance. */
public record UserAccount(long id, String clerkUserId, String email, long credits, Instant createdAt,
		Instant updatedAt) {

	AuthenticatedUser asAuthenticated() {
		return new AuthenticatedUser(this.id, this.clerkUserId, this.email);
	}

}
