package com.excellentbanking.statements.pdf;

import java.io.IOException;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.layout.Page;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfWordStripperTest {

	@Test
	void aPageThatTakesLongerThanItsBudgetIsRefused() throws IOException {
		try (PDDocument document = pageWithOperators(200_000)) {
			assertThatThrownBy(() -> new PdfWordStripper(Duration.ofNanos(1)).page(document, 1))
				.isInstanceOfSatisfying(StatementException.class,
						(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.TOO_LARGE))
				.hasMessageContaining("Page 1");
		}
	}

	@Test
	void aNormalPageIsReadWellWithinTheDefaultBudget() throws IOException {
		try (PDDocument document = Loader.loadPDF(PdfFixtures.simpleStatement())) {
			Page page = new PdfWordStripper().page(document, 1);
			assertThat(page.words()).isNotEmpty();
		}
	}

	/** A page whose content stream is nothing but cheap path operators. */
	private static PDDocument pageWithOperators(int count) throws IOException {
		PDDocument document = new PDDocument();
		PDPage page = new PDPage();
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			for (int i = 0; i < count; i++) {
				content.moveTo(i % 500, i % 700);
			}
		}
		return document;
	}

}
