package com.excellentbanking.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Object storage for uploads and outputs. Two real adapters: S3-compatible storage and a
 * local directory. Everything streams; no method holds a whole blob in memory.
 */
public interface BlobStore {

	/**
	 * Stores {@code length} bytes read from {@code content}. The blob appears whole or
	 * not at all: a failed write leaves no partial object behind.
	 */
	void put(StorageKey key, InputStream content, long length, String contentType);

	/** Stores a whole local file, for outputs rendered to scratch files first. */
	default void put(StorageKey key, Path file, String contentType) {
		try (InputStream content = Files.newInputStream(file)) {
			put(key, content, Files.size(file), contentType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens a stored blob for reading. The caller closes the stream.
	 * @throws BlobNotFound when there is no such blob
	 */
	InputStream open(StorageKey key);

	/** Size and type of a stored blob, or empty when it does not exist. */
	Optional<BlobInfo> stat(StorageKey key);

	/** Removes a blob; removing a missing blob is not an error. */
	void delete(StorageKey key);

	/**
	 * A URL a client can PUT the blob to, without other credentials, until {@code ttl}
	 * has passed. The client must send exactly {@code contentType}.
	 */
	URI presignPut(StorageKey key, String contentType, Duration ttl);

	/**
	 * A URL a client can GET the blob from until {@code ttl} has passed, served with a
	 * {@code Content-Disposition: attachment} naming {@code downloadFileName}.
	 */
	URI presignGet(StorageKey key, Duration ttl, String downloadFileName);

	/**
	 * {@code bucket/key} with the configured bucket name, as shown in
	 * {@code storage_path}.
	 */
	String storagePath(StorageKey key);

	/** Whether the store answers, for {@code /health}. */
	boolean isHealthy();

}
