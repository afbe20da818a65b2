package com.excellentbanking.server.user;

/**
 * The caller of a request: the service's own user id plus the identity provider's id.
 * Controllers declare a parameter of this type to receive it; it only ever comes from a
 * verified token.
 */
public record AuthenticatedUser(long id, String clerkUserId, String email) {

}
