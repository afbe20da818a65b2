package com.excellentbanking.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Blobs as files under {@code <data-dir>/blobs/<bucket-name>/<key>}, for running without
 * S3. Each write goes to a temporary file in the target directory and is renamed into
 * place, so a reader sees the old blob or the complete new one, never a partial file.
 * Content types live beside the tree in {@code blobs/.meta/<bucket-name>/<key>}; a
 * leading dot cannot start a bucket name, so the two trees never meet.
 */
class LocalBlobStore implements BlobStore {

	static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

	private static final int BUFFER_BYTES = 64 * 1024;

	private final Path root;

	private final Path metaRoot;

	private final StorageProperties.Buckets buckets;

	private final BlobUrlSigner signer;

	private final Clock clock;

	LocalBlobStore(Path blobRoot, StorageProperties.Buckets buckets, BlobUrlSigner signer, Clock clock) {
		this.root = blobRoot.toAbsolutePath().normalize();
		this.metaRoot = this.root.resolve(".meta");
		this.buckets = buckets;
		this.signer = signer;
		this.clock = clock;
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the blob directory " + this.root, ex);
		}
	}

	@Override
	public void put(StorageKey key, InputStream content, long length, String contentType) {
		write(key, content, contentType, length, (copied) -> {
			if (copied != length) {
				throw new IOException("Blob content ended after " + copied + " of " + length + " bytes");
			}
		});
	}

	/**
	 * Stores everything {@code content} holds, up to {@code maxBytes}.
	 * @throws UploadTooLarge as soon as more than {@code maxBytes} arrived; nothing is
	 * stored then
	 */
	void receive(StorageKey key, InputStream content, String contentType, long maxBytes) {
		write(key, content, contentType, maxBytes + 1, (copied) -> {
			if (copied > maxBytes) {
				throw new UploadTooLarge();
			}
		});
	}

	private void write(StorageKey key, InputStream content, String contentType, long readLimit, LengthCheck check) {
		Path target = contentPath(key);
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
			try {
				long copied;
				try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
					copied = copy(content, Channels.newOutputStream(channel), readLimit);
					check.verify(copied);
					channel.force(true);
				}
				writeContentType(key, contentType);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store blob " + storagePath(key), ex);
		}
	}

	private static long copy(InputStream in, OutputStream out, long readLimit) throws IOException {
		byte[] buffer = new byte[BUFFER_BYTES];
		long total = 0;
		while (total < readLimit) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, readLimit - total));
			if (read < 0) {
				break;
			}
			out.write(buffer, 0, read);
			total += read;
		}
		return total;
	}

	private void writeContentType(StorageKey key, String contentType) throws IOException {
		Path meta = metaPath(key);
		Files.createDirectories(meta.getParent());
		Path temp = Files.createTempFile(meta.getParent(), ".incoming-", ".tmp");
		try {
			Files.writeString(temp, (contentType != null) ? contentType : DEFAULT_CONTENT_TYPE, StandardCharsets.UTF_8);
			Files.move(temp, meta, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public InputStream open(StorageKey key) {
		Path file = contentPath(key);
		try {
			if (!Files.isRegularFile(file)) {
				throw new BlobNotFound(key);
			}
			return Files.newInputStream(file);
		}
		catch (NoSuchFileException ex) {
			throw new BlobNotFound(key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read blob " + storagePath(key), ex);
		}
	}

	@Override
	public Optional<BlobInfo> stat(StorageKey key) {
		Path file = contentPath(key);
		try {
			if (!Files.isRegularFile(file)) {
				return Optional.empty();
			}
			return Optional.of(new BlobInfo(Files.size(file), readContentType(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read blob " + storagePath(key), ex);
		}
	}

	private String readContentType(StorageKey key) throws IOException {
		try {
			return Files.readString(metaPath(key), StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			return DEFAULT_CONTENT_TYPE;
		}
	}

	@Override
	public void delete(StorageKey key) {
		try {
			Files.deleteIfExists(contentPath(key));
			Files.deleteIfExists(metaPath(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete blob " + storagePath(key), ex);
		}
	}

	@Override
	public URI presignPut(StorageKey key, String contentType, Duration ttl) {
		return this.signer.url(BlobGrant.put(bucketName(key), key.key(), this.clock.instant().plus(ttl), contentType));
	}

	@Override
	public URI presignGet(StorageKey key, Duration ttl, String downloadFileName) {
		return this.signer
			.url(BlobGrant.get(bucketName(key), key.key(), this.clock.instant().plus(ttl), downloadFileName));
	}

	/**
	 * Whether a request carrying {@code signature} may do what {@code grant} says, now.
	 */
	boolean allows(BlobGrant grant, String signature) {
		return !grant.isExpiredAt(this.clock.instant()) && this.signer.isAuthentic(grant, signature);
	}

	Optional<Bucket> bucketNamed(String name) {
		return this.buckets.bucketNamed(name);
	}

	@Override
	public String storagePath(StorageKey key) {
		return bucketName(key) + "/" + key.key();
	}

	@Override
	public boolean isHealthy() {
		return Files.isDirectory(this.root) && Files.isWritable(this.root);
	}

	private String bucketName(StorageKey key) {
		return this.buckets.nameOf(key.bucket());
	}

	private Path contentPath(StorageKey key) {
		return inside(this.root.resolve(bucketName(key)), key);
	}

	private Path metaPath(StorageKey key) {
		return inside(this.metaRoot.resolve(bucketName(key)), key);
	}

	// StorageKey already refuses '..'; this keeps the guarantee local to the file system.
	private static Path inside(Path bucketDirectory, StorageKey key) {
		Path file = bucketDirectory.resolve(key.key()).normalize();
		if (!file.startsWith(bucketDirectory)) {
			throw new IllegalArgumentException("Storage key escapes its bucket: " + key.key());
		}
		return file;
	}

	@FunctionalInterface
	private interface LengthCheck {

		void verify(long copied) throws IOException;

	}

}
