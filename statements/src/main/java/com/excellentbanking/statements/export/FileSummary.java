package com.excellentbanking.statements.export;

import java.util.List;

import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.StatementFormat;

/**
 * What the outputs say about one file, without its statements. {@code sourceFileId} is
 * the service's file id, {@code null} outside the service.
 */
public record FileSummary(Long sourceFileId, String name, StatementFormat format, int pageCount, long characterCount,
		int transactionCount, List<String> warnings) {

	public FileSummary {
		warnings = List.copyOf(warnings);
	}

	public static FileSummary of(ExportSource source) {
		Extraction extraction = source.extraction();
		return new FileSummary(source.sourceId(), source.name(), extraction.format(), extraction.pageCount(),
				extraction.characterCount(), extraction.transactionCount(), extraction.warnings());
	}

}
