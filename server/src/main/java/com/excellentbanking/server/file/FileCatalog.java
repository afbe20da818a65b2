package com.excellentbanking.server.file;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.excellentbanking.server.storage.StorageKey;

/** The files module's API for other modules (dashboards). */
@Service
public class FileCatalog {

	private final FileRepository files;

	private final FileResponses responses;

	FileCatalog(FileRepository files, FileResponses responses) {
		this.files = files;
		this.responses = responses;
	}

	/** The ids among {@code ids} that are not files of this user. */
	public List<Long> missing(long userId, List<Long> ids) {
		Set<Long> found = this.files.findAll(userId, ids).stream().map(StoredFile::id).collect(Collectors.toSet());
		return ids.stream().filter((id) -> !found.contains(id)).distinct().toList();
	}

	public List<FileResponse> describe(long userId, List<Long> ids) {
		return this.files.findAll(userId, ids).stream().map(this.responses::of).toList();
	}

	/**
	 * For each of the user's files among {@code ids}, in the given order: its display
	 * name and, when it is completed, where its normalized JSON output is.
	 */
	public List<FileOutput> outputs(long userId, List<Long> ids) {
		var byId = this.files.findAll(userId, ids).stream().collect(Collectors.toMap(StoredFile::id, (file) -> file));
		return ids.stream().filter(byId::containsKey).map(byId::get).map(FileCatalog::outputOf).toList();
	}

	private static FileOutput outputOf(StoredFile file) {
		StorageKey json = (file.status() == FileStatus.COMPLETED) ? FileStorageKeys.json(file.userId(), file.id())
				: null;
		return new FileOutput(file.id(), file.filename(), file.status(), json);
	}

	/**
	 * A file as a dashboard build sees it; {@code json} is null unless it is completed.
	 */
	public record FileOutput(long fileId, String filename, FileStatus status, StorageKey json) {

		public boolean completed() {
			return this.json != null;
		}

	}

}
