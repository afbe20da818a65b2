package com.excellentbanking.statements.ocr;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.layout.LayoutStatementReader;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.model.StatementFormat;
import com.excellentbanking.statements.model.Transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ImageStatementParserTest {

	@Test
	void readsAPhotographedStatementThroughOcr() throws IOException {
		assumeTrue(TesseractCliOcr.standard().available(), "tesseract is not installed");
		byte[] jpeg = Files.readAllBytes(corpus("scanned/ntropy-sdk/bank_statement_sample.jpg"));

		Extraction extraction = StatementReader.withDefaultParsers().read(jpeg, ReadOptions.DEFAULT);

		assertThat(extraction.format()).isEqualTo(StatementFormat.IMAGE);
		var statement = extraction.statements().get(0).statement();
		assertThat(statement.transactions()).hasSize(9);
		assertThat(statement.openingBalance()).isEqualByComparingTo("280692.25");
		Transaction card = statement.transactions().get(3);
		assertThat(card.date()).isEqualTo(LocalDate.of(2018, 7, 24));
		assertThat(card.description()).isEqualTo("Misc Payment RBC CREDIT CARD");
		assertThat(card.amount()).isEqualByComparingTo(new BigDecimal("-86.74"));
		// Every printed running balance follows from the one before: nothing was misread.
		assertThat(extraction.statements().get(0).reconciliation().firstMismatch().kind()).isEqualTo("closing_balance");
	}

	@Test
	void withoutOcrAScanIsRefusedClearly() {
		ImageStatementParser parser = new ImageStatementParser(new OcrEngine() {
			@Override
			public boolean available() {
				return false;
			}

			@Override
			public java.util.List<com.excellentbanking.statements.layout.Word> read(java.awt.image.BufferedImage image,
					int page) {
				throw new AssertionError();
			}
		}, new LayoutStatementReader());

		assertThatThrownBy(() -> parser.parse(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, ReadOptions.DEFAULT))
			.isInstanceOf(StatementException.class)
			.hasMessageContaining("OCR is not available on this server")
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
	}

	@Test
	void undecodableImageIsCorrupt() {
		assumeTrue(TesseractCliOcr.standard().available(), "tesseract is not installed");
		byte[] broken = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2 };
		assertThatThrownBy(() -> new ImageStatementParser().parse(broken, ReadOptions.DEFAULT))
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.CORRUPT_FILE);
	}

	@Test
	void narrowImagesAreEnlargedButNeverPastThePixelLimit() {
		assertThat(ImageStatementParser.enlargement(1000, 1400)).isEqualTo(2.0);
		assertThat(ImageStatementParser.enlargement(400, 600)).isEqualTo(4.0);
		assertThat(ImageStatementParser.enlargement(2480, 3508)).isEqualTo(1.0);
		// 80M pixels as read; enlarged fourfold they would be 1.28 billion.
		double factor = ImageStatementParser.enlargement(500, 160_000);
		assertThat(factor * 500 * factor * 160_000).isLessThanOrEqualTo(ImageStatementParser.MAX_PIXELS + 1.0);
	}

	private static Path corpus(String relative) {
		String dir = System.getProperty("eb.corpus.dir");
		assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, relative)), "corpus file missing: " + relative);
		return Path.of(dir, relative);
	}

}
