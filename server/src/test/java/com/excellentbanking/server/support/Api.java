package com.excellentbanking.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for black-box tests of the running service: real requests over a
 * real socket, JSON in and out.
 */
public final class Api {

	/**
	 * Decimals read as written, so tests can check that amounts keep their exact digits.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	public Api(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public record Response(int status, byte[] body, Map<String, java.util.List<String>> headers) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.flatMap((e) -> e.getValue().stream())
				.findFirst()
				.orElse(null);
		}

	}

	/** A dev-mode token for a user named {@code sub}. */
	public String devToken(String sub) {
		Response response = post("/dev/token", null, Map.of("sub", sub, "email", sub + "@example.com"));
		if (response.status() != 200) {
			throw new IllegalStateException("dev token: " + response.status() + " " + response.text());
		}
		return response.json().get("token").asString();
	}

	public Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	public Response delete(String path, String token) {
		return send(request(path, token).DELETE());
	}

	public Response delete(String path, String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.method("DELETE", BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Response post(String path, String token, Object body) {
		BodyPublisher publisher = (body == null) ? BodyPublishers.noBody()
				: BodyPublishers.ofString((body instanceof String raw) ? raw : JSON.writeValueAsString(body));
		HttpRequest.Builder builder = request(path, token);
		if (body != null) {
			builder.header("Content-Type", "application/json");
		}
		return send(builder.POST(publisher));
	}

	public Response patch(String path, String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.method("PATCH",
					BodyPublishers.ofString((body instanceof String raw) ? raw : JSON.writeValueAsString(body))));
	}

	/** Uploads through {@code POST /files/} as multipart/form-data. */
	public Response upload(String token, String filename, String contentType, byte[] content) {
		String boundary = "eb-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request("/files/", token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body)));
	}

	/** A PUT to an absolute (pre-signed) URL. */
	public Response putUrl(String url, String contentType, byte[] content) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", contentType)
			.PUT(BodyPublishers.ofByteArray(content)));
	}

	/** A GET of an absolute (pre-signed) URL. */
	public Response getUrl(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(60));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			var response = this.http.send(builder.build(), BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
