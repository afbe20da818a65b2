package com.excellentbanking.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The local store's URL-signing secret, generated once and kept on disk so pre-signed
 * URLs stay valid across restarts. Readable by the owner only where the file system
 * supports POSIX permissions.
 */
final class SigningKeyFile {

	static final int KEY_BYTES = 32;

	private SigningKeyFile() {
	}

	static byte[] loadOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the blob signing key " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		byte[] secret = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(secret);
		Path temp = Files.createTempFile(directory, ".blob-signing-", ".tmp", ownerOnly(directory));
		try {
			Files.writeString(temp, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
			publish(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Makes the complete key file appear under its name. A hard link never replaces an
	 * existing file, so when two processes race the first key wins and both read it;
	 * rename (which may replace) is the fallback for file systems without links.
	 */
	private static void publish(Path temp, Path file) throws IOException {
		try {
			Files.createLink(file, temp);
		}
		catch (FileAlreadyExistsException ex) {
			// created by another process first: use that one
		}
		catch (UnsupportedOperationException | IOException ex) {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	private static byte[] read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
		byte[] secret;
		try {
			secret = Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"Blob signing key " + file + " is not base64; delete it to generate a new one");
		}
		if (secret.length < KEY_BYTES) {
			throw new IllegalStateException("Blob signing key " + file + " is shorter than " + KEY_BYTES
					+ " bytes; delete it to generate a new one");
		}
		return secret;
	}

	private static FileAttribute<?>[] ownerOnly(Path directory) {
		if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		Set<PosixFilePermission> readWrite = PosixFilePermissions.fromString("rw-------");
		return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(readWrite) };
	}

}
