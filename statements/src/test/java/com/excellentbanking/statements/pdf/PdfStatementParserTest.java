package com.excellentbanking.statements.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.layout.LayoutStatementReader;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.ReconciledStatement;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.Transaction;
import com.excellentbanking.statements.ocr.OcrEngine;
import com.excellentbanking.statements.ocr.TesseractCliOcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfStatementParserTest {

	private final PdfStatementParser parser = new PdfStatementParser();

	@Test
	void readsATextStatementAndReconcilesIt() {
		List<int[]> progress = new ArrayList<>();
		ReadOptions options = ReadOptions.DEFAULT
			.withProgress((done, total) -> progress.add(new int[] { done, total }));

		Extraction extraction = StatementReader.withDefaultParsers().read(PdfFixtures.simpleStatement(), options);

		assertThat(extraction.pageCount()).isEqualTo(2);
		assertThat(extraction.characterCount()).isGreaterThan(200);
		ReconciledStatement statement = extraction.statements().get(0);
		assertThat(statement.reconciliation().reconciled()).isTrue();
		assertThat(statement.statement().transactions()).extracting(Transaction::description)
			.containsExactly("CARD PAYMENT TO TESCO STORES 2041", "SALARY ACME LTD", "DIRECT DEBIT COUNCIL TAX");
		assertThat(statement.statement().transactions()).extracting(Transaction::date)
			.containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 20));
		assertThat(statement.statement().closingBalance()).isEqualByComparingTo("2400.00");
		assertThat(progress).extracting((p) -> p[0] + "/" + p[1]).containsExactly("1/2", "2/2");
	}

	@Test
	void leavesDiagonalWatermarksOutOfTheText() {
		ParsedDocument document = this.parser.parse(PdfFixtures.simpleStatement(), ReadOptions.DEFAULT);
		assertThat(document.statements().get(0).transactions()).noneMatch((t) -> t.description().contains("SPECIMEN"));
	}

	@Test
	void encryptedPdfNeedsItsPassword() {
		byte[] pdf = PdfFixtures.document().password("s3cret").text(50, 50, "hello").bytes();

		assertThatThrownBy(() -> this.parser.parse(pdf, ReadOptions.DEFAULT)).isInstanceOf(StatementException.class)
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.ENCRYPTED_PDF);
		assertThatThrownBy(() -> this.parser.parse(pdf, ReadOptions.withPassword("guess")))
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.WRONG_PASSWORD);
		assertThat(this.parser.parse(pdf, ReadOptions.withPassword("s3cret")).pageCount()).isEqualTo(1);
	}

	@Test
	void encryptedStatementReadsWithItsPassword() {
		byte[] plain = PdfFixtures.simpleStatement();
		byte[] pdf = protect(plain, "pw");
		Extraction extraction = StatementReader.withDefaultParsers().read(pdf, ReadOptions.withPassword("pw"));
		assertThat(extraction.transactionCount()).isEqualTo(3);
	}

	@Test
	void corpusProtectedPdf() throws IOException {
		Path file = Corpus.file("pdf/monopoly/protected.pdf");
		byte[] pdf = Files.readAllBytes(file);

		assertThatThrownBy(() -> this.parser.parse(pdf, ReadOptions.DEFAULT))
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.ENCRYPTED_PDF);
		assertThatThrownBy(() -> this.parser.parse(pdf, ReadOptions.withPassword("foobar")))
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.WRONG_PASSWORD);
		PdfStatementParser withoutOcr = new PdfStatementParser(new NoOcr(), new LayoutStatementReader());
		// The right password opens it; its one page has no text layer.
		assertThatThrownBy(() -> withoutOcr.parse(pdf, ReadOptions.withPassword("foobar123")))
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
	}

	@Test
	void damagedPdfsAreCorruptFiles() {
		byte[] pdf = PdfFixtures.simpleStatement();
		byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
			.getBytes();
		byte[] truncated = Arrays.copyOf(pdf, 300);

		for (byte[] bad : List.of(garbage, truncated)) {
			assertThatThrownBy(() -> this.parser.parse(bad, ReadOptions.DEFAULT)).isInstanceOf(StatementException.class)
				.extracting((e) -> ((StatementException) e).code())
				.isEqualTo(ErrorCode.CORRUPT_FILE);
		}
	}

	@Test
	void blankCorpusPdfHasNoTransactions() throws IOException {
		byte[] pdf = Files.readAllBytes(Corpus.file("pdf/monopoly/4_pages_blank.pdf"));
		ErrorCode expected = TesseractCliOcr.standard().available() ? ErrorCode.NO_TRANSACTIONS_FOUND
				: ErrorCode.UNSUPPORTED_FORMAT;

		assertThatThrownBy(() -> StatementReader.withDefaultParsers().read(pdf, ReadOptions.DEFAULT))
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(expected);
		assertThat(new PdfStatementParser().parse(pdf, ReadOptions.DEFAULT).pageCount()).isEqualTo(4);
	}

	@Test
	void scanWithoutOcrIsUnsupportedWithAClearMessage() throws IOException {
		byte[] pdf = blankPages(1);
		PdfStatementParser withoutOcr = new PdfStatementParser(new NoOcr(), new LayoutStatementReader());
		assertThatThrownBy(() -> withoutOcr.parse(pdf, ReadOptions.DEFAULT))
			.hasMessageContaining("OCR is not available")
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
	}

	@Test
	void tooManyPagesIsTooLarge() throws IOException {
		byte[] pdf = blankPages(PdfStatementParser.MAX_PAGES + 1);
		assertThatThrownBy(() -> this.parser.parse(pdf, ReadOptions.DEFAULT))
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.TOO_LARGE);
	}

	@Test
	void amountsKeepTheirPrintedDecimals() {
		ParsedDocument document = this.parser.parse(PdfFixtures.simpleStatement(), ReadOptions.DEFAULT);
		assertThat(document.statements().get(0).transactions().get(0).amount()).isEqualTo(new BigDecimal("-45.10"));
	}

	private static byte[] blankPages(int count) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < count; i++) {
				document.addPage(new PDPage());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] protect(byte[] pdf, String password) {
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
					"owner", password, new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
			policy.setEncryptionKeyLength(256);
			document.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** An OCR engine that is not installed. */
	static final class NoOcr implements OcrEngine {

		@Override
		public boolean available() {
			return false;
		}

		@Override
		public List<com.excellentbanking.statements.layout.Word> read(java.awt.image.BufferedImage image, int page) {
			throw new AssertionError("not installed");
		}

	}

}
