package com.excellentbanking.server.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for rendering outputs before they are stored, removed with all it
 * holds when closed, so jobs leave nothing behind on the worker's disk.
 */
public final class ScratchDirectory implements AutoCloseable {

	private final Path path;

	private ScratchDirectory(Path path) {
		this.path = path;
	}

	public static ScratchDirectory create(String prefix) throws IOException {
		return new ScratchDirectory(Files.createTempDirectory(prefix));
	}

	public Path resolve(String name) {
		return this.path.resolve(name);
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(this.path)) {
			paths.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
