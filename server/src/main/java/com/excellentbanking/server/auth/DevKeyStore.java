package com.excellentbanking.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The dev issuer's RSA key pair, generated once and kept in the data directory so tokens
 * stay valid across restarts and across instances sharing that directory. The file holds
 * the private key: it is created readable by its owner only where the file system allows.
 */
final class DevKeyStore {

	private static final int KEY_SIZE = 2048;

	private DevKeyStore() {
	}

	static RSAKey loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			RSAKey key = new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.generate();
			return write(file, key);
		}
		catch (IOException | JOSEException ex) {
			throw new IllegalStateException("Cannot create the dev signing key at " + file + ": " + ex.getMessage(),
					ex);
		}
	}

	private static RSAKey write(Path file, RSAKey key) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = directory.resolve(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			createOwnerOnly(temporary);
			Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
			// No REPLACE_EXISTING: when another instance won the race, its key is the
			// one.
			Files.move(temporary, file);
			return key;
		}
		catch (FileAlreadyExistsException ex) {
			return read(file);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void createOwnerOnly(Path path) throws IOException {
		try {
			Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(path);
		}
	}

	private static RSAKey read(Path file) {
		try {
			JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
			if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
				throw new IllegalStateException("The dev signing key at " + file
						+ " is not a private RSA JWK with a kid; delete it to generate a new one");
			}
			return rsa;
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("Cannot read the dev signing key at " + file + " (" + ex.getMessage()
					+ "); delete it to generate a new one", ex);
		}
	}

}
