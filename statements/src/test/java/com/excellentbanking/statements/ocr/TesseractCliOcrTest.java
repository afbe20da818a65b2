package com.excellentbanking.statements.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TesseractCliOcrTest {

	@TempDir
	Path dir;

	@Test
	void aPageThatTakesTooLongIsStoppedAndLeavesNothingBehind() throws Exception {
		Path pid = this.dir.resolve("pid");
		Path image = this.dir.resolve("image");
		TesseractCliOcr ocr = new TesseractCliOcr(
				fakeTesseract("echo $$ > " + pid + "; echo \"$1\" > " + image + "; exec sleep 60"),
				Duration.ofMillis(500), List.of("eng"));

		assertThatThrownBy(() -> ocr.read(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY), 1))
			.isInstanceOf(OcrException.class)
			.hasMessageContaining("took longer than");

		long tesseract = Long.parseLong(Files.readString(pid).strip());
		ProcessHandle process = ProcessHandle.of(tesseract).orElse(null);
		if (process != null) {
			process.onExit().get(5, TimeUnit.SECONDS);
		}
		assertThat(Path.of(Files.readString(image).strip())).doesNotExist();
	}

	@Test
	void aFailingTesseractIsAnOcrException() throws IOException {
		TesseractCliOcr ocr = new TesseractCliOcr(fakeTesseract("exit 3"), Duration.ofSeconds(10), List.of("eng"));

		assertThatThrownBy(() -> ocr.read(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY), 1))
			.isInstanceOf(OcrException.class)
			.hasMessageContaining("exit code 3");
	}

	@Test
	void aMissingBinaryIsUnavailable() {
		TesseractCliOcr ocr = new TesseractCliOcr(this.dir.resolve("no-such-tesseract").toString(),
				Duration.ofSeconds(10), List.of("eng"));

		assertThat(ocr.available()).isFalse();
		assertThatThrownBy(() -> ocr.read(new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY), 1))
			.isInstanceOf(OcrException.class);
	}

	/** A script that lists "eng" as installed and runs {@code page} for a page. */
	private String fakeTesseract(String page) throws IOException {
		Path script = this.dir.resolve("tesseract");
		Files.writeString(script,
				"#!/bin/sh\nif [ \"$1\" = \"--list-langs\" ]; then echo 'List of available languages (1):'; echo eng; exit 0; fi\n"
						+ page + "\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
		return script.toString();
	}

}
