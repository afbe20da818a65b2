package com.excellentbanking.server.file;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.excellentbanking.server.core.InvalidField;
import com.excellentbanking.server.file.FileDownloads.OutputKind;
import com.excellentbanking.server.user.AuthenticatedUser;

/** The Files API of SPEC §4. */
@RestController
class FileController {

	private final FileUploads uploads;

	private final FileQueries queries;

	private final FileProcessing processing;

	private final FileDownloads downloads;

	private final FileDeletion deletion;

	private final FileTransactions transactions;

	FileController(FileUploads uploads, FileQueries queries, FileProcessing processing, FileDownloads downloads,
			FileDeletion deletion, FileTransactions transactions) {
		this.uploads = uploads;
		this.queries = queries;
		this.processing = processing;
		this.downloads = downloads;
		this.deletion = deletion;
		this.transactions = transactions;
	}

	@PostMapping("/files/upload-url")
	UploadUrlResponse uploadUrl(AuthenticatedUser user, @Valid @RequestBody UploadUrlRequest request) {
		return this.uploads.createUploadUrl(user.id(), request);
	}

	@PostMapping(path = { "/files", "/files/" }, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	FileResponse upload(AuthenticatedUser user, @RequestPart("file") MultipartFile file) {
		requireAtMost(file.getOriginalFilename(), DisplayNames.MAX_LENGTH, "filename");
		requireAtMost(file.getContentType(), UploadUrlRequest.MAX_MIME_TYPE_LENGTH, "content_type");
		return this.uploads.upload(user.id(), file);
	}

	private static void requireAtMost(String value, int maxLength, String field) {
		if (value != null && value.length() > maxLength) {
			throw new InvalidField(List.of("body", "file", field),
					"String should have at most " + maxLength + " characters", "string_too_long");
		}
	}

	@GetMapping({ "/files", "/files/" })
	List<FileResponse> list(AuthenticatedUser user, @RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) FileStatus status) {
		return this.queries.list(user.id(), status, skip, limit);
	}

	@GetMapping("/files/{id}")
	FileResponse get(AuthenticatedUser user, @PathVariable long id) {
		return this.queries.get(user.id(), id);
	}

	@DeleteMapping("/files/{id}")
	MessageResponse delete(AuthenticatedUser user, @PathVariable long id) {
		this.deletion.delete(user.id(), id);
		return new MessageResponse("File deleted successfully");
	}

	@PostMapping("/files/{id}/process")
	ProcessingStarted process(AuthenticatedUser user, @PathVariable long id,
			@Valid @RequestBody(required = false) ProcessRequest request) {
		String password = (request != null) ? request.password() : null;
		return new ProcessingStarted(this.processing.start(user.id(), id, password));
	}

	@GetMapping(path = "/files/{id}/transactions", produces = MediaType.APPLICATION_JSON_VALUE)
	String transactions(AuthenticatedUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.transactions.page(user.id(), id, skip, limit);
	}

	@GetMapping("/files/{id}/download-excel")
	DownloadResponse downloadExcel(AuthenticatedUser user, @PathVariable long id) {
		return this.downloads.output(user.id(), id, OutputKind.EXCEL);
	}

	@GetMapping("/files/{id}/download-json")
	DownloadResponse downloadJson(AuthenticatedUser user, @PathVariable long id) {
		return this.downloads.output(user.id(), id, OutputKind.JSON);
	}

	@GetMapping("/files/{id}/download-sqlite")
	DownloadResponse downloadSqlite(AuthenticatedUser user, @PathVariable long id) {
		return this.downloads.output(user.id(), id, OutputKind.SQLITE);
	}

	@GetMapping("/files/{id}/download-original")
	DownloadResponse downloadOriginal(AuthenticatedUser user, @PathVariable long id) {
		return this.downloads.original(user.id(), id);
	}

}
