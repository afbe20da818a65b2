package com.excellentbanking.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An S3-protocol server for tests: Adobe's S3Mock started as its own JVM, one instance
 * per test JVM.
 *
 * <p>
 * Usage: {@code S3MockServer s3 = S3MockServer.shared();} then point the application at
 * it, e.g. in a {@code @DynamicPropertySource}:
 *
 * <pre class="code">
 * registry.add("eb.storage.type", () -&gt; "s3");
 * registry.add("eb.storage.s3.endpoint", () -&gt; S3MockServer.shared().endpoint().toString());
 * registry.add("eb.storage.s3.access-key", () -&gt; S3MockServer.ACCESS_KEY);
 * registry.add("eb.storage.s3.secret-key", () -&gt; S3MockServer.SECRET_KEY);
 * </pre>
 *
 * <p>
 * The first call starts the server (about 5 s, more on a busy machine) and waits until it
 * answers; later calls return the same instance. A shutdown hook stops it when the test
 * JVM exits. Buckets and objects live in a temporary directory that is deleted then, and
 * are shared by every test of the JVM: use bucket names unique to the test class. S3Mock
 * accepts any credentials and does not verify signatures (MinIO does), so a test against
 * it proves the protocol flow, not the signing.
 *
 * <p>
 * The jar comes from system property {@code eb.s3mock.jar}, which surefire sets to
 * {@code server/target/s3mock/s3mock-exec.jar}; Maven copies it there at
 * {@code generate-test-resources}. In an IDE, run that phase once.
 */
public final class S3MockServer {

	/** Any value works: S3Mock checks no credentials. */
	public static final String ACCESS_KEY = "s3mock-access-key";

	/** Any value works: S3Mock checks no credentials. */
	public static final String SECRET_KEY = "s3mock-secret-key";

	/** The region S3Mock reports; the SDK needs one for signing. */
	public static final String REGION = "us-east-1";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

	private static final int START_ATTEMPTS = 3;

	private final Process process;

	private final URI endpoint;

	private final Path storeRoot;

	private S3MockServer(Process process, URI endpoint, Path storeRoot) {
		this.process = process;
		this.endpoint = endpoint;
		this.storeRoot = storeRoot;
	}

	/** The running instance of this JVM, started on first use. */
	public static S3MockServer shared() {
		return Holder.INSTANCE;
	}

	/** Plain-HTTP endpoint, e.g. {@code http://localhost:41234}. */
	public URI endpoint() {
		return this.endpoint;
	}

	private static S3MockServer start() {
		Path jar = locateJar();
		List<String> failures = new ArrayList<>();
		// Ports are picked free and then handed over, so another process may take one in
		// between; a fresh set of ports is the remedy.
		for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
			try {
				return startOnce(jar);
			}
			catch (IllegalStateException ex) {
				failures.add(ex.getMessage());
			}
		}
		throw new IllegalStateException("S3Mock did not start:\n" + String.join("\n---\n", failures));
	}

	private static S3MockServer startOnce(Path jar) {
		try {
			Path storeRoot = Files.createTempDirectory("s3mock-store-");
			Path log = logOf(storeRoot);
			int httpPort = freePort();
			String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
					jar.toString(), "--http.port=" + httpPort, "--server.port=" + freePort(),
					"--vectors.http.port=" + freePort(), "--vectors.https.port=" + freePort(),
					"--com.adobe.testing.s3mock.store.root=" + storeRoot,
					"--com.adobe.testing.s3mock.store.retain-files-on-exit=false", "--logging.level.root=WARN");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			S3MockServer server = new S3MockServer(process, URI.create("http://localhost:" + httpPort), storeRoot);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "s3mock-stop"));
			server.awaitReady(log);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start S3Mock", ex);
		}
	}

	private void awaitReady(Path log) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest listBuckets = HttpRequest.newBuilder(this.endpoint).timeout(Duration.ofSeconds(5)).GET().build();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("S3Mock exited with " + this.process.exitValue() + ":\n" + tail(log));
			}
			try {
				if (http.send(listBuckets, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (ConnectException ex) {
				// not listening yet
			}
			catch (IOException ex) {
				// starting up
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				stop();
				throw new IllegalStateException("Interrupted while waiting for S3Mock");
			}
			sleep(Duration.ofMillis(250));
		}
		String lastLines = tail(log);
		stop();
		throw new IllegalStateException("S3Mock did not answer within " + STARTUP_TIMEOUT + ":\n" + lastLines);
	}

	private void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		deleteRecursively(this.storeRoot);
		deleteRecursively(logOf(this.storeRoot));
	}

	private static Path logOf(Path storeRoot) {
		return storeRoot.resolveSibling(storeRoot.getFileName() + ".log");
	}

	private static Path locateJar() {
		String configured = System.getProperty("eb.s3mock.jar");
		Path jar = (configured != null) ? Paths.get(configured) : Paths.get("target", "s3mock", "s3mock-exec.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("S3Mock jar not found at " + jar.toAbsolutePath()
					+ "; run 'mvn -pl server generate-test-resources' to copy it there");
		}
		return jar;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void deleteRecursively(Path directory) {
		if (directory == null || !Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: it is a temporary directory
		}
	}

	private static final class Holder {

		static final S3MockServer INSTANCE = start();

	}

}
