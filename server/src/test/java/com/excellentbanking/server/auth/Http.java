package com.excellentbanking.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** Plain JDK HTTP against the running test server. */
final class Http {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path, String bearerToken) {
		return send(request(path, bearerToken).GET().build());
	}

	CompletableFuture<HttpResponse<String>> getAsync(String path, String bearerToken) {
		return this.client.sendAsync(request(path, bearerToken).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> getWithAuthorization(String path, String authorizationHeader) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", authorizationHeader)
			.GET()
			.build());
	}

	HttpResponse<String> postJson(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private HttpRequest.Builder request(String path, String bearerToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
