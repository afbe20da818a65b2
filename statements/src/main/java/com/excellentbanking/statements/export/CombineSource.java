package com.excellentbanking.statements.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One file of a combination: its JSON output (as written by {@link JsonExporter}), opened
 * when it is read, and the id and display name to show for it, which win over those
 * recorded in the JSON (a file may have been renamed since).
 */
public record CombineSource(Long sourceId, String name, Opener json) {

	/**
	 * Opens the per-file JSON output; called once, the stream is closed after reading.
	 */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	public CombineSource {
		Objects.requireNonNull(json, "json");
		name = (name == null || name.isBlank()) ? "statement" : name.strip();
	}

}
