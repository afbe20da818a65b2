package com.excellentbanking.server.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import com.excellentbanking.server.storage.BlobStore;

/** Creating files: by pre-signed upload URL, or by upload through the API. */
@Service
class FileUploads {

	private static final String FALLBACK_MIME_TYPE = "application/octet-stream";

	private final FileRepository files;

	private final BlobStore blobs;

	private final FileResponses responses;

	private final FileSettings settings;

	private final Clock clock;

	FileUploads(FileRepository files, BlobStore blobs, FileResponses responses, FileSettings settings, Clock clock) {
		this.files = files;
		this.blobs = blobs;
		this.responses = responses;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	UploadUrlResponse createUploadUrl(long userId, UploadUrlRequest request) {
		if (request.fileSize() != null && request.fileSize() > this.settings.maxBytes()) {
			throw new FileTooLarge();
		}
		String filename = DisplayNames.clean(request.filename());
		String mimeType = request.mimeTypeOrDefault();
		StoredFile file = this.files.insertPending(userId, filename, request.fileSize(), mimeType,
				(id) -> FileStorageKeys.upload(userId, id, filename), this.clock.instant());
		String url = this.blobs.presignPut(file.storageKey(), mimeType, FileSettings.UPLOAD_URL_TTL).toString();
		return new UploadUrlResponse(url, file.id(), this.blobs.storagePath(file.storageKey()));
	}

	/**
	 * Stores an upload that came through the API. The servlet container has already
	 * refused bodies over the limit while reading them; the row and the blob appear
	 * together or not at all.
	 */
	@Transactional
	FileResponse upload(long userId, MultipartFile part) {
		if (part.getSize() > this.settings.maxBytes()) {
			throw new FileTooLarge();
		}
		String filename = DisplayNames.clean(part.getOriginalFilename());
		String mimeType = (part.getContentType() != null && !part.getContentType().isBlank()) ? part.getContentType()
				: FALLBACK_MIME_TYPE;
		StoredFile file = this.files.insertPending(userId, filename, part.getSize(), mimeType,
				(id) -> FileStorageKeys.upload(userId, id, filename), this.clock.instant());
		try (InputStream content = part.getInputStream()) {
			this.blobs.put(file.storageKey(), content, part.getSize(), mimeType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.responses.of(file);
	}

}
