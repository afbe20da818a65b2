package com.excellentbanking.server.auth;

import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Clerk puts the origin that requested a session token into {@code azp}. When the
 * operator lists the origins of their own front ends, a token obtained by any other site
 * is refused, and so is one without {@code azp}.
 */
final class AuthorizedPartyValidator implements OAuth2TokenValidator<Jwt> {

	private static final OAuth2Error NOT_AUTHORIZED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
			"The azp claim is missing or not an authorized party", null);

	private final List<String> authorizedParties;

	AuthorizedPartyValidator(List<String> authorizedParties) {
		this.authorizedParties = List.copyOf(authorizedParties);
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		if (this.authorizedParties.isEmpty()) {
			return OAuth2TokenValidatorResult.success();
		}
		Object azp = token.getClaims().get("azp");
		if (azp instanceof String party && this.authorizedParties.contains(party)) {
			return OAuth2TokenValidatorResult.success();
		}
		return OAuth2TokenValidatorResult.failure(NOT_AUTHORIZED);
	}

}
