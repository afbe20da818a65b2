package com.excellentbanking.server.auth;

/** Who issues the tokens the service accepts. */
enum AuthMode {

	/** Clerk session tokens, verified against Clerk's JWKS. */
	CLERK,

	/**
	 * The service is its own issuer (zero-setup default): it mints tokens at
	 * {@code POST /dev/token}. Anyone who can reach that route can be anyone.
	 */
	DEV

}
