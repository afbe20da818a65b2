package com.excellentbanking.statements.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shared statement corpus, read in place (some of it may not be copied). */
final class Corpus {

	private Corpus() {
	}

	static Path file(String relative) {
		String dir = System.getProperty("eb.corpus.dir");
		assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "statement corpus not available");
		Path file = Path.of(dir).resolve(relative);
		assumeTrue(Files.isRegularFile(file), "corpus file missing: " + relative);
		return file;
	}

}
