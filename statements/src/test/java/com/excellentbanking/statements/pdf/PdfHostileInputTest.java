package com.excellentbanking.statements.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.layout.LayoutStatementReader;
import com.excellentbanking.statements.layout.Word;
import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.ParsedDocument;
import com.excellentbanking.statements.model.StatementException;
import com.excellentbanking.statements.ocr.OcrEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PDFs built to exhaust memory: a few bytes declaring an image PDFBox would decode into
 * gigabytes before drawing it.
 */
class PdfHostileInputTest {

	private final RecordingOcr ocr = new RecordingOcr();

	private final PdfStatementParser parser = new PdfStatementParser(this.ocr, new LayoutStatementReader());

	@Test
	void aScanDeclaringAGiantImageIsTooLargeAndNeverDrawn() throws IOException {
		byte[] pdf = scan(30_000, 30_000, false);

		assertThatThrownBy(() -> this.parser.parse(pdf, ReadOptions.DEFAULT)).isInstanceOf(StatementException.class)
			.hasMessageContaining("Page 1 holds an image of 900000000 pixels")
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.TOO_LARGE);
		assertThat(this.ocr.sizes).isEmpty();
	}

	@Test
	void aGiantImageWrappedInAFormIsFoundToo() throws IOException {
		byte[] pdf = scan(30_000, 30_000, true);

		assertThatThrownBy(() -> this.parser.parse(pdf, ReadOptions.DEFAULT))
			.extracting((e) -> ((StatementException) e).code())
			.isEqualTo(ErrorCode.TOO_LARGE);
	}

	@Test
	void anOrdinaryScanIsRenderedForOcr() throws IOException {
		byte[] pdf = scan(2480, 3508, true);

		this.parser.parse(pdf, ReadOptions.DEFAULT);

		assertThat(this.ocr.sizes).containsExactly("2480x3507");
	}

	@Test
	void aPageWithoutResourcesIsABlankPage() {
		String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n";

		ParsedDocument document = this.parser.parse(pdf.getBytes(StandardCharsets.US_ASCII), ReadOptions.DEFAULT);

		assertThat(document.pageCount()).isEqualTo(1);
		assertThat(document.statements()).allMatch((s) -> s.transactions().isEmpty());
	}

	/**
	 * One A4 page drawing an RGB image of the given declared size whose data is a few
	 * bytes of black, directly or inside a form XObject.
	 */
	static byte[] scan(int width, int height, boolean inForm) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDStream data = new PDStream(document);
			try (var out = data.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(new byte[3 * 1024]);
			}
			PDImageXObject image = new PDImageXObject(data, null);
			image.setWidth(width);
			image.setHeight(height);
			image.setBitsPerComponent(8);
			image.setColorSpace(PDDeviceRGB.INSTANCE);
			float w = PDRectangle.A4.getWidth();
			float h = PDRectangle.A4.getHeight();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				if (inForm) {
					PDFormXObject form = new PDFormXObject(document);
					form.setBBox(new PDRectangle(w, h));
					form.setResources(new PDResources());
					try (PDFormContentStream inner = new PDFormContentStream(form)) {
						inner.drawImage(image, 0, 0, w, h);
					}
					content.drawForm(form);
				}
				else {
					content.drawImage(image, 0, 0, w, h);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	static final class RecordingOcr implements OcrEngine {

		final List<String> sizes = new ArrayList<>();

		@Override
		public boolean available() {
			return true;
		}

		@Override
		public List<Word> read(BufferedImage image, int page) {
			this.sizes.add(image.getWidth() + "x" + image.getHeight());
			return List.of();
		}

	}

}
