package com.excellentbanking.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

final class JsonAccessDeniedHandler implements AccessDeniedHandler {

	private static final byte[] BODY = "{\"detail\":\"Not enough permissions\"}".getBytes(StandardCharsets.UTF_8);

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(BODY.length);
		response.getOutputStream().write(BODY);
	}

}
