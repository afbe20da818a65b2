package com.excellentbanking.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Every authentication failure looks the same to the client (SPEC §3): no hint whether
 * the token was missing, expired or forged.
 */
final class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private static final byte[] BODY = "{\"detail\":\"Not authenticated\"}".getBytes(StandardCharsets.UTF_8);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(BODY.length);
		response.getOutputStream().write(BODY);
	}

}
