package com.excellentbanking.statements.export;

import java.util.Objects;

import com.excellentbanking.statements.model.Extraction;

/**
 * One processed file, as the exporters take it. {@code sourceId} is the service's file id
 * ({@code null} outside the service, e.g. in the CLI); {@code name} is the file's display
 * name.
 */
public record ExportSource(Long sourceId, String name, Extraction extraction) {

	public ExportSource {
		Objects.requireNonNull(extraction, "extraction");
		name = (name == null || name.isBlank()) ? "statement" : name.strip();
	}

}
