package com.excellentbanking.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps JSON request bodies. Every JSON body of this API is small (names, ids, a
 * password); statement files come as multipart or through pre-signed URLs, which have
 * their own limit. A declared length over the cap is refused at once, a chunked body as
 * soon as it passes it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonBodyLimit extends OncePerRequestFilter {

	static final long MAX_JSON_BYTES = 1024 * 1024;

	private static final String TOO_LARGE = "{\"detail\":\"Request body too large\"}";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase().contains("json");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_JSON_BYTES) {
			refuse(response);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request), response);
		}
		catch (BodyTooLarge ex) {
			if (!response.isCommitted()) {
				response.reset();
				refuse(response);
			}
		}
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(413);
		response.setContentType("application/json");
		response.getOutputStream().write(TOO_LARGE.getBytes(StandardCharsets.UTF_8));
	}

	/** Thrown from the body stream when it passes the cap. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super("Request body larger than " + MAX_JSON_BYTES + " bytes");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream());
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		LimitedStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			this.read += n;
			if (this.read > MAX_JSON_BYTES) {
				throw new BodyTooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
