package com.excellentbanking.statements.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.StatementException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of the corpus, whole, cut short and with bytes damaged, either reads or
 * fails with a {@link StatementException} and a message: never another exception. This is
 * what keeps a bad upload from ever becoming a stack trace or a stuck job.
 */
class CorpusRobustnessTest {

	private static final long MAX_FILE = 2L * 1024 * 1024;

	private final StatementReader reader = StatementReader.withDefaultParsers();

	@Test
	void everyCorpusFileWholeCutOrDamagedReadsOrFailsCleanly() throws IOException {
		Path corpus = Path.of(System.getProperty("eb.corpus.dir", "../../shared/corpus"));
		Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus not present at " + corpus);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus)) {
			files = walk.filter(Files::isRegularFile).filter(CorpusRobustnessTest::small).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThan(300);
		List<String> crashes = new ArrayList<>();
		int read = 0;
		Random random = new Random(20261204);
		for (Path file : files) {
			byte[] content = Files.readAllBytes(file);
			String name = corpus.relativize(file).toString();
			if (readsOrFailsCleanly(name, content, crashes)) {
				read++;
			}
			readsOrFailsCleanly(name + " (first half)", java.util.Arrays.copyOf(content, content.length / 2), crashes);
			readsOrFailsCleanly(name + " (damaged)", damaged(content, random), crashes);
		}
		assertThat(crashes).as("inputs that failed with something other than a StatementException").isEmpty();
		// Most corpus files are expected outputs, licences and configs; the statements
		// among them
		// read (129 when this was written).
		assertThat(read).as("corpus files read as statements").isGreaterThanOrEqualTo(125);
	}

	/** True when the content read as a statement; crashes are collected, not thrown. */
	private boolean readsOrFailsCleanly(String name, byte[] content, List<String> crashes) {
		try {
			Extraction extraction = this.reader.read(content, ReadOptions.DEFAULT);
			assertThat(extraction.transactionCount()).as(name).isPositive();
			return true;
		}
		catch (StatementException ex) {
			assertThat(ex.getMessage()).as(name).isNotBlank();
			assertThat(ex.code()).as(name).isNotNull();
			return false;
		}
		catch (RuntimeException | StackOverflowError ex) {
			crashes.add(name + ": " + ex);
			return false;
		}
	}

	/** A copy with one byte in a hundred overwritten, as a bad transfer or disk would. */
	private static byte[] damaged(byte[] content, Random random) {
		byte[] copy = content.clone();
		int flips = Math.max(1, copy.length / 100);
		for (int i = 0; i < flips && copy.length > 0; i++) {
			copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
		}
		return copy;
	}

	private static boolean small(Path file) {
		try {
			return Files.size(file) <= MAX_FILE;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
