package com.excellentbanking.statements.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes small PDFs for tests: text placed by its top-left-based position, optionally
 * right-aligned, rotated (watermarks) or password-protected.
 */
public final class PdfFixtures {

	private final List<List<Placed>> pages = new ArrayList<>();

	private String userPassword;

	public static PdfFixtures document() {
		return new PdfFixtures();
	}

	public PdfFixtures page() {
		this.pages.add(new ArrayList<>());
		return this;
	}

	/** Text whose baseline is {@code y} points below the top of the page. */
	public PdfFixtures text(double x, double y, String text) {
		current().add(new Placed(x, y, text, false, 0));
		return this;
	}

	/** Text that ends at {@code x1}, as amounts do. */
	public PdfFixtures right(double x1, double y, String text) {
		current().add(new Placed(x1, y, text, true, 0));
		return this;
	}

	public PdfFixtures rotated(double x, double y, double degrees, String text) {
		current().add(new Placed(x, y, text, false, degrees));
		return this;
	}

	public PdfFixtures password(String password) {
		this.userPassword = password;
		return this;
	}

	private List<Placed> current() {
		if (this.pages.isEmpty()) {
			page();
		}
		return this.pages.get(this.pages.size() - 1);
	}

	public byte[] bytes() {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		try (PDDocument document = new PDDocument()) {
			for (List<Placed> texts : this.pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				float height = page.getMediaBox().getHeight();
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					for (Placed placed : texts) {
						float size = 9;
						float width = font.getStringWidth(placed.text) / 1000 * size;
						float x = (float) (placed.right ? placed.x - width : placed.x);
						content.beginText();
						content.setFont(font, size);
						if (placed.degrees != 0) {
							content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(placed.degrees), x,
									(float) (height - placed.y)));
						}
						else {
							content.newLineAtOffset(x, (float) (height - placed.y));
						}
						content.showText(placed.text);
						content.endText();
					}
				}
			}
			if (this.userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + this.userPassword,
						this.userPassword, new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A two-page current-account statement with a watermark and page numbers. */
	public static byte[] simpleStatement() {
		PdfFixtures pdf = document().page()
			.text(50, 60, "Example Bank plc")
			.text(50, 80, "Current Account 12-34-56 87654321")
			.text(50, 95, "Statement period 01/03/2024 to 31/03/2024")
			.rotated(120, 500, 35, "SPECIMEN COPY NOT A REAL STATEMENT")
			.text(50, 160, "Date")
			.text(120, 160, "Description")
			.right(380, 160, "Paid out")
			.right(460, 160, "Paid in")
			.right(540, 160, "Balance")
			.text(120, 180, "Balance brought forward")
			.right(540, 180, "1,000.00")
			.text(50, 194, "01/03/2024")
			.text(120, 194, "CARD PAYMENT TO")
			.right(380, 194, "45.10")
			.right(540, 194, "954.90")
			.text(120, 205, "TESCO STORES 2041")
			.text(50, 220, "15/03/2024")
			.text(120, 220, "SALARY ACME LTD")
			.right(460, 220, "1,500.00")
			.right(540, 220, "2,454.90")
			.text(260, 800, "Page 1 of 2")
			.page()
			.text(50, 60, "Example Bank plc")
			.text(50, 90, "20/03/2024")
			.text(120, 90, "DIRECT DEBIT")
			.right(380, 90, "54.90")
			.right(540, 90, "2,400.00")
			.text(120, 101, "COUNCIL TAX")
			.text(120, 120, "Balance carried forward")
			.right(540, 120, "2,400.00")
			.text(260, 800, "Page 2 of 2");
		return pdf.bytes();
	}

	private record Placed(double x, double y, String text, boolean right, double degrees) {

	}

}
