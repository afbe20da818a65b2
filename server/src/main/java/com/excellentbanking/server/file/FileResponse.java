package com.excellentbanking.server.file;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** SPEC §4 FileResponse. {@code processed_data} is a JSON document, or null. */
public record FileResponse(long id, long userId, String filename, Long fileSize, String mimeType, String storagePath,
		String status, String detectedFormat, Integer pageCount, Integer transactionCount,
		@JsonRawValue String processedData, Instant createdAt, Instant updatedAt) {

}
