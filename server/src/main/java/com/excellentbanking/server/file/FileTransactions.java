package com.excellentbanking.server.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import com.excellentbanking.server.storage.BlobStore;
import com.excellentbanking.statements.export.JsonStatementReader;
import com.excellentbanking.statements.export.StatementSummary;
import com.excellentbanking.statements.export.TransactionJson;
import com.excellentbanking.statements.model.Transaction;

/**
 * {@code GET /files/{id}/transactions}: a page of the file's transactions, read from its
 * stored JSON output (streamed, and only as far as the page reaches) and shown exactly as
 * the JSON output shows them.
 */
@Service
class FileTransactions {

	private final FileDownloads downloads;

	private final BlobStore blobs;

	private final JsonMapper json;

	FileTransactions(FileDownloads downloads, BlobStore blobs, JsonMapper json) {
		this.downloads = downloads;
		this.blobs = blobs;
		this.json = json;
	}

	/** The page as a JSON array. */
	String page(long userId, long fileId, int skip, int limit) {
		StoredFile file = this.downloads.completed(userId, fileId);
		StringWriter out = new StringWriter();
		try (JsonGenerator generator = this.json.createGenerator(out);
				InputStream in = this.blobs.open(FileStorageKeys.json(userId, fileId))) {
			generator.writeStartArray();
			PageWriter page = new PageWriter(generator, file.id(), skip, limit);
			try {
				new JsonStatementReader().read(in, page);
			}
			catch (PageComplete done) {
				// The page is full; the rest of the document is not needed.
			}
			generator.writeEndArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static final class PageWriter implements JsonStatementReader.Handler {

		private final JsonGenerator generator;

		private final long fileId;

		private final long first;

		private final long end;

		private long index;

		private StatementSummary statement;

		private PageWriter(JsonGenerator generator, long fileId, int skip, int limit) {
			this.generator = generator;
			this.fileId = fileId;
			this.first = skip;
			this.end = (long) skip + limit;
		}

		@Override
		public void statement(StatementSummary statement) {
			this.statement = statement;
		}

		@Override
		public void transaction(Transaction transaction) {
			if (this.index >= this.first) {
				TransactionJson.write(this.generator, transaction, this.statement.currency(), this.fileId,
						this.statement.statementIndex());
			}
			this.index++;
			if (this.index >= this.end) {
				throw new PageComplete();
			}
		}

	}

	/** Ends the read early once the page is full. */
	private static final class PageComplete extends RuntimeException {

		private PageComplete() {
			super(null, null, false, false);
		}

	}

}
