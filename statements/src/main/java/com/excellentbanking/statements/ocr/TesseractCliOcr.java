package com.excellentbanking.statements.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.excellentbanking.statements.layout.Word;

/**
 * OCR through the {@code tesseract} command-line program and its TSV output, which stays
 * the same across Tesseract versions (unlike the native library's binding).
 *
 * <p>
 * Each page runs as its own process with {@code OMP_THREAD_LIMIT=1} (Tesseract's OpenMP
 * threads make it several times slower on small machines) and a time limit; the page
 * image is written to a temporary file that is always deleted.
 */
public final class TesseractCliOcr implements OcrEngine {

	/** Languages used when installed: those of the statements the engine reads. */
	static final List<String> PREFERRED_LANGUAGES = List.of("eng", "deu", "fra", "spa", "nld", "ita", "por");

	private final String binary;

	private final Duration timeout;

	private final List<String> wantedLanguages;

	private volatile String languages;

	private volatile Boolean available;

	public TesseractCliOcr(String binary, Duration timeout, List<String> languages) {
		this.binary = binary;
		this.timeout = timeout;
		this.wantedLanguages = List.copyOf(languages);
	}

	/**
	 * {@code tesseract} from the PATH, 60 s per page, English, German, French, Spanish.
	 */
	public static TesseractCliOcr standard() {
		return new TesseractCliOcr("tesseract", Duration.ofSeconds(60), List.of("eng", "deu", "fra", "spa"));
	}

	@Override
	public boolean available() {
		if (this.available == null) {
			this.available = probe();
		}
		return this.available;
	}

	private boolean probe() {
		try {
			String out = run(List.of(this.binary, "--list-langs"), Duration.ofSeconds(20));
			Set<String> installed = Set.of(out.split("\\s+"));
			List<String> usable = new ArrayList<>();
			for (String language : this.wantedLanguages) {
				if (installed.contains(language)) {
					usable.add(language);
				}
			}
			if (usable.isEmpty()) {
				return false;
			}
			this.languages = String.join("+", usable);
			return true;
		}
		catch (OcrException | UncheckedIOException ex) {
			return false;
		}
	}

	@Override
	public List<Word> read(BufferedImage image, int page) {
		if (!available()) {
			throw new OcrException("OCR is not available on this server");
		}
		Path file = null;
		try {
			file = Files.createTempFile("eb-ocr-", ".pgm");
			writePgm(PageImages.gray(image), file);
			String tsv = run(List.of(this.binary, file.toString(), "stdout", "-l", this.languages, "--psm", "6",
					"--dpi", "300", "tsv"), this.timeout);
			return TesseractTsv.parse(tsv, page);
		}
		catch (IOException ex) {
			throw new OcrException("Could not hand page " + page + " to OCR", ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// A leftover temporary file is harmless; the read itself succeeded.
				}
			}
		}
	}

	/** Uncompressed greyscale: much faster to write than PNG, and Leptonica reads it. */
	private static void writePgm(BufferedImage gray, Path file) throws IOException {
		int width = gray.getWidth();
		int height = gray.getHeight();
		byte[] header = ("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII);
		byte[] pixels = ((java.awt.image.DataBufferByte) gray.getRaster().getDataBuffer()).getData();
		try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			out.write(header);
			out.write(pixels, 0, width * height);
		}
	}

	private static String run(List<String> command, Duration timeout) {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new OcrException("Tesseract could not be started", ex);
		}
		try {
			process.getOutputStream().close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Thread reader = new Thread(() -> copy(process.getInputStream(), out), "tesseract-output");
			reader.setDaemon(true);
			reader.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new OcrException("OCR took longer than " + timeout.toSeconds() + " s and was stopped");
			}
			reader.join(5000);
			if (process.exitValue() != 0) {
				throw new OcrException("Tesseract failed with exit code " + process.exitValue());
			}
			synchronized (out) {
				return out.toString(StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new OcrException("Tesseract could not be run", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OcrException("OCR was interrupted", ex);
		}
		finally {
			// Whatever went wrong, no Tesseract outlives its page.
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		byte[] buffer = new byte[8192];
		try (in) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				synchronized (out) {
					out.write(buffer, 0, n);
				}
			}
		}
		catch (IOException ex) {
			// The process was stopped; the caller reports the failure.
		}
	}

}
