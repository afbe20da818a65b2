package com.excellentbanking.server.file;

import java.util.List;

import org.springframework.stereotype.Service;

/** Reading a user's files. */
@Service
class FileQueries {

	private final FileRepository files;

	private final FileResponses responses;

	FileQueries(FileRepository files, FileResponses responses) {
		this.files = files;
		this.responses = responses;
	}

	FileResponse get(long userId, long fileId) {
		return this.files.find(userId, fileId).map(this.responses::of).orElseThrow(FileNotFound::new);
	}

	List<FileResponse> list(long userId, FileStatus status, int skip, int limit) {
		return this.files.list(userId, status, skip, limit).stream().map(this.responses::of).toList();
	}

}
