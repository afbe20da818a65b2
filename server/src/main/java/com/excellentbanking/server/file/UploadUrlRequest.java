package com.excellentbanking.server.file;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

record UploadUrlRequest(@NotBlank @Size(max = 255) String filename, @PositiveOrZero Long fileSize,
		@Size(max = UploadUrlRequest.MAX_MIME_TYPE_LENGTH) String mimeType) {

	/** Column width of {@code files.mime_type}. */
	static final int MAX_MIME_TYPE_LENGTH = 255;

	static final String DEFAULT_MIME_TYPE = "application/pdf";

	String mimeTypeOrDefault() {
		return (this.mimeType == null || this.mimeType.isBlank()) ? DEFAULT_MIME_TYPE : this.mimeType.strip();
	}

}
