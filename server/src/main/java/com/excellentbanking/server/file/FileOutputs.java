package com.excellentbanking.server.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import com.excellentbanking.server.core.ScratchDirectory;
import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.statements.export.ExportSource;
import com.excellentbanking.statements.export.JsonExporter;
import com.excellentbanking.statements.export.SqliteExporter;
import com.excellentbanking.statements.export.SummaryJson;
import com.excellentbanking.statements.export.XlsxExporter;
import com.excellentbanking.statements.model.Extraction;

/**
 * Writes a processed file's Excel, JSON and SQLite outputs. Each is rendered to a scratch
 * file first and then stored whole, so storage never holds a half-written output.
 */
@Component
class FileOutputs {

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String JSON_TYPE = "application/json";

	static final String SQLITE_TYPE = "application/vnd.sqlite3";

	private final BlobStore blobs;

	FileOutputs(BlobStore blobs) {
		this.blobs = blobs;
	}

	/** Stores the outputs and returns the file's {@code processed_data} summary. */
	String write(StoredFile file, Extraction extraction) throws IOException {
		ExportSource source = new ExportSource(file.id(), file.filename(), extraction);
		try (ScratchDirectory scratch = ScratchDirectory.create("eb-file-" + file.id() + "-")) {
			Path xlsx = scratch.resolve("statement.xlsx");
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				new XlsxExporter().write(source, out);
			}
			Path json = scratch.resolve("statement.json");
			try (OutputStream out = Files.newOutputStream(json)) {
				new JsonExporter().write(source, out);
			}
			Path sqlite = scratch.resolve("statement.sqlite");
			new SqliteExporter().write(source, sqlite);
			this.blobs.put(FileStorageKeys.excel(file.userId(), file.id()), xlsx, XLSX_TYPE);
			this.blobs.put(FileStorageKeys.json(file.userId(), file.id()), json, JSON_TYPE);
			this.blobs.put(FileStorageKeys.sqlite(file.userId(), file.id()), sqlite, SQLITE_TYPE);
			return SummaryJson.toJson(extraction);
		}
	}

	/** Removes a file's outputs; removing missing ones is not an error. */
	void delete(StoredFile file) {
		this.blobs.delete(FileStorageKeys.excel(file.userId(), file.id()));
		this.blobs.delete(FileStorageKeys.json(file.userId(), file.id()));
		this.blobs.delete(FileStorageKeys.sqlite(file.userId(), file.id()));
	}

}
