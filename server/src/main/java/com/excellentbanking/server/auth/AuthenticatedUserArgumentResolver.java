package com.excellentbanking.server.auth;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.excellentbanking.server.user.AuthenticatedUser;
import com.excellentbanking.server.user.Users;

/**
 * Gives a controller parameter of type {@link AuthenticatedUser} the verified caller,
 * creating the user on first sight.
 */
final class AuthenticatedUserArgumentResolver implements HandlerMethodArgumentResolver {

	/** Column width of {@code users.email} (RFC 5321 limits). */
	private static final int MAX_EMAIL_LENGTH = 320;

	private final Users users;

	AuthenticatedUserArgumentResolver(Users users) {
		this.users = users;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == AuthenticatedUser.class;
	}

	@Override
	public AuthenticatedUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			// Only reachable by declaring the parameter on a public route: a programming
			// error.
			throw new NotAuthenticated();
		}
		Jwt jwt = token.getToken();
		return this.users.findOrCreate(jwt.getSubject(), email(jwt));
	}

	/** Clerk session tokens carry an email only when the instance adds it as a claim. */
	private static String email(Jwt jwt) {
		Object email = jwt.getClaims().get("email");
		if (email instanceof String text && !text.isBlank() && text.length() <= MAX_EMAIL_LENGTH) {
			return text.strip();
		}
		return null;
	}

}
