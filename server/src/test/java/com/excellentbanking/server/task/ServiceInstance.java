package com.excellentbanking.server.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.excellentbanking.server.ExcellentBankingApplication;

/**
 * The real application in a JVM of its own, configured only through its contract
 * environment variables, so a test can kill it the way an operating system would.
 */
final class ServiceInstance {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final int port;

	private final Path log;

	private final Thread reaper;

	private ServiceInstance(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
		// Whatever happens to the test JVM, no service JVM outlives it.
		this.reaper = new Thread(process::destroyForcibly, "kill-service-" + port);
		Runtime.getRuntime().addShutdownHook(this.reaper);
	}

	/**
	 * Starts the application and waits until {@code GET /health} answers 200.
	 * @param environment the service's variables; the test JVM's own {@code EB_*},
	 * {@code SPRING_*} and {@code SERVER_*} variables are not passed on
	 * @param arguments further Spring properties as {@code --key=value}
	 */
	static ServiceInstance start(int port, Map<String, String> environment, List<String> arguments, Path log) {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-cp", System.getProperty("java.class.path"), ExcellentBankingApplication.class.getName()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment()
			.keySet()
			.removeIf((name) -> name.startsWith("EB_") || name.startsWith("SPRING_") || name.startsWith("SERVER_")
					|| name.startsWith("JOBRUNR_"));
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		try {
			Files.createDirectories(log.getParent());
			Files.writeString(log, "=== " + Instant.now() + " starting on port " + port + System.lineSeparator(),
					StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
			ServiceInstance instance = new ServiceInstance(builder.start(), port, log);
			instance.awaitHealthy();
			return instance;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the service", ex);
		}
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** SIGKILL: no shutdown hooks, no graceful stop, no last words to the database. */
	void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	/** Kills the process if it still runs; safe to call more than once. */
	void close() {
		if (this.process.isAlive()) {
			kill();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.reaper);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down and the hook runs anyway
		}
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Service on port " + this.port + " did not die");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitHealthy() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
			.timeout(Duration.ofSeconds(5))
			.GET()
			.build();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"Service exited with " + this.process.exitValue() + "; log " + this.log + ":\n" + logTail());
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				close();
				throw new IllegalStateException("Interrupted while waiting for the service");
			}
			pause(Duration.ofMillis(250));
		}
		String tail = logTail();
		close();
		throw new IllegalStateException(
				"Service not healthy within " + STARTUP_TIMEOUT + "; log " + this.log + ":\n" + tail);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
