package com.excellentbanking.benchmarks.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import com.excellentbanking.benchmarks.pdf.LayoutSpec.AmountStyle;
import com.excellentbanking.benchmarks.pdf.LayoutSpec.Col;
import com.excellentbanking.benchmarks.pdf.LayoutSpec.Kind;

/**
 * Draws generated statements as PDFs the way banks lay them out: running header and
 * footer with page numbers, a summary box and an advert on the first page, the table with
 * wrapped descriptions, balance rows, and page breaks inside the table.
 */
final class StatementPdfWriter {

	private final float size;

	/** Per-statement shift of every column, so no two statements line up exactly. */
	private final float shift;

	private final boolean datePerDayOnce;

	static final float ROW = 14;

	static final float WRAP = 10.5f;

	static final float BOTTOM = 770;

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final LayoutSpec layout;

	private final List<List<Text>> pages = new ArrayList<>();

	private float y;

	StatementPdfWriter(LayoutSpec layout) {
		this(layout, new java.util.Random(layout.id().hashCode()));
	}

	StatementPdfWriter(LayoutSpec layout, java.util.Random random) {
		this.layout = layout;
		this.size = 8 + random.nextInt(4) * 0.5f;
		this.shift = random.nextInt(17) - 8;
		// UK banks print a day's date only on its first transaction.
		this.datePerDayOnce = layout.id().equals("uk-current");
	}

	byte[] write(List<TruthStatement> statements) {
		for (int i = 0; i < statements.size(); i++) {
			writeAccount(statements.get(i), i == 0);
		}
		return render();
	}

	private void writeAccount(TruthStatement statement, boolean first) {
		newPage();
		if (first) {
			firstPageBlock(statement);
		}
		else {
			this.y += 10;
		}
		text(50, this.y, accountTitle(statement), true);
		this.y += 20;
		header();
		TruthTransaction previous = null;
		BigDecimal running = statement.opening();
		row(null, this.layout.opening(), null, balanceCell(statement.opening()), null);
		for (TruthTransaction transaction : statement.transactions()) {
			float needed = ROW + WRAP * (transaction.lines().size() - 1);
			if (this.y + needed > BOTTOM - 20) {
				if (this.layout.carriedForward() != null) {
					row(null, this.layout.carriedForward(), null, balanceCell(running), null);
				}
				newPage();
				this.y += 10;
				if (this.layout.headerOnEveryPage()) {
					header();
				}
				if (this.layout.broughtForward() != null) {
					row(null, this.layout.broughtForward(), null, balanceCell(running), null);
				}
			}
			row(transaction, transaction.lines().get(0), amountCells(transaction.amount()),
					transaction.balance() != null ? balanceCell(transaction.balance()) : null, transaction.lines());
			running = running.add(transaction.amount());
			previous = transaction;
		}
		if (previous != null && this.y + ROW * 2 > BOTTOM) {
			newPage();
			this.y += 10;
		}
		row(null, this.layout.closing(), null, balanceCell(statement.closing()), null);
		if (!this.layout.advert().isEmpty() && this.y + 60 < BOTTOM) {
			// A messages box right under the table, in the description column.
			this.y += 10;
			Col description = descriptionColumn();
			text(description.x(), this.y, "Important information", true);
			for (String line : this.layout.advert()) {
				this.y += WRAP;
				text(description.x(), this.y, line.length() > 70 ? line.substring(0, 70) : line, false);
			}
		}
	}

	private Col descriptionColumn() {
		return this.layout.columns().stream().filter((c) -> c.kind() == Kind.DESCRIPTION).findFirst().orElseThrow();
	}

	private void firstPageBlock(TruthStatement statement) {
		text(50, 95, "Mr Sample Customer", false);
		text(50, 106, "12 Example Street", false);
		text(50, 117, "1000 Sample Town", false);
		String period = String.format(this.layout.periodTemplate(),
				this.layout.periodDate().format(statement.periodStart()),
				this.layout.periodDate().format(statement.periodEnd()));
		text(330, 95, period, true);
		float box = 145;
		for (String line : this.layout.summaryBox()) {
			String[] parts = line.split("\\|");
			text(50, box, fill(parts[0], statement), false);
			rightText(300, box, fill(parts[1], statement), false);
			box += 12;
		}
		float advert = 145;
		for (String line : this.layout.advert()) {
			text(330, advert, line.length() > 60 ? line.substring(0, 60) : line, false);
			if (line.length() > 60) {
				advert += 10;
				text(330, advert, line.substring(60), false);
			}
			advert += 10;
		}
		this.y = Math.max(box, advert) + 25;
	}

	private String fill(String template, TruthStatement statement) {
		BigDecimal in = BigDecimal.ZERO;
		BigDecimal out = BigDecimal.ZERO;
		for (TruthTransaction t : statement.transactions()) {
			if (t.amount().signum() > 0) {
				in = in.add(t.amount());
			}
			else {
				out = out.add(t.amount().negate());
			}
		}
		return template.replace("%out", plain(out))
			.replace("%in", plain(in))
			.replace("%s", this.layout.periodDate().format(statement.periodStart()))
			.replace("%e", this.layout.periodDate().format(statement.periodEnd()))
			.replace("%o", plain(statement.opening()))
			.replace("%c", plain(statement.closing()));
	}

	/** Summary-box figures: as the bank prints them, a card's balance owed unsigned. */
	private String plain(BigDecimal value) {
		return this.layout.money().format(value.abs());
	}

	private String accountTitle(TruthStatement statement) {
		String number = statement.accountNumber();
		return this.layout.accountTitle()
			.replace("%n", number)
			.replace("%l", number.substring(number.length() - 4).replace("-", "1"))
			.replace("%i", iban(number));
	}

	private static String iban(String number) {
		String digits = number.replace("-", "");
		return "DE00 " + digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8);
	}

	private void header() {
		for (Col col : this.layout.columns()) {
			if (col.money()) {
				rightText(col.x(), this.y, col.title(), true);
			}
			else {
				text(col.x(), this.y, col.title(), true);
			}
		}
		this.y += ROW + 4;
	}

	/** Cells of a transaction's amount: [debit, credit, single]. */
	private String[] amountCells(BigDecimal amount) {
		String magnitude = this.layout.money().format(amount.abs());
		boolean out = amount.signum() < 0;
		if (this.layout.amountStyle() == AmountStyle.COLUMNS) {
			return out ? new String[] { magnitude, null, null } : new String[] { null, magnitude, null };
		}
		String single = switch (this.layout.amountStyle()) {
			case LEADING_MINUS -> out ? "-" + magnitude : magnitude;
			case TRAILING_SIGN -> magnitude + (out ? "-" : "+");
			case PARENTHESES -> out ? "(" + magnitude + ")" : magnitude;
			case UNSIGNED -> magnitude;
			case CARD_CR -> out ? magnitude : magnitude + " CR";
			default -> throw new IllegalStateException();
		};
		return new String[] { null, null, single };
	}

	private String balanceCell(BigDecimal balance) {
		if (this.layout.card()) {
			return this.layout.money().format(balance.abs()) + (balance.signum() > 0 ? " CR" : "");
		}
		String magnitude = this.layout.money().format(balance.abs());
		return balance.signum() < 0 ? "-" + magnitude : magnitude;
	}

	/** A table row; balance rows have no transaction and print only their balance. */
	private java.time.LocalDate lastDate;

	private void row(TruthTransaction transaction, String description, String[] amounts, String balance,
			List<String> lines) {
		boolean sameDay = transaction != null && transaction.date().equals(this.lastDate) && this.datePerDayOnce;
		if (transaction != null) {
			this.lastDate = transaction.date();
		}
		for (Col col : this.layout.columns()) {
			String value = switch (col.kind()) {
				case DATE, VALUE_DATE ->
					(transaction != null && !sameDay) ? this.layout.rowDate().format(transaction.date()) : null;
				case DESCRIPTION -> description;
				case DEBIT -> (amounts != null) ? amounts[0] : null;
				case CREDIT -> (amounts != null) ? amounts[1] : null;
				case AMOUNT -> (amounts != null) ? amounts[2] : (balanceOnly() ? balance : null);
				case BALANCE -> balance;
			};
			if (value == null) {
				continue;
			}
			if (col.money()) {
				rightText(col.x(), this.y, value, false);
			}
			else {
				text(col.x(), this.y, value, transaction == null);
			}
		}
		if (transaction == null && balance != null && !hasBalanceColumn() && !balanceOnly()) {
			Col last = this.layout.columns().get(this.layout.columns().size() - 1);
			rightText(last.x(), this.y, balance, false);
		}
		if (lines != null) {
			Col descriptionColumn = descriptionColumn();
			for (int i = 1; i < lines.size(); i++) {
				this.y += WRAP;
				text(descriptionColumn.x(), this.y, lines.get(i), false);
			}
		}
		this.y += ROW;
	}

	private boolean hasBalanceColumn() {
		return this.layout.has(Kind.BALANCE);
	}

	/** Layouts whose only money column is the amount print balance rows there. */
	private boolean balanceOnly() {
		return !hasBalanceColumn() && this.layout.has(Kind.AMOUNT);
	}

	private void newPage() {
		this.pages.add(new ArrayList<>());
		this.lastDate = null;
		text(50, 50, this.layout.bankName(), true);
		text(330, 50, "Customer service 0800 123 4567", false);
		this.y = 75;
	}

	private void text(double x, double y, String text, boolean bold) {
		this.pages.get(this.pages.size() - 1).add(new Text((float) x, (float) y, text, bold, false));
	}

	private void rightText(double x, double y, String text, boolean bold) {
		this.pages.get(this.pages.size() - 1).add(new Text((float) x, (float) y, text, bold, true));
	}

	private byte[] render() {
		try (PDDocument document = new PDDocument()) {
			int total = this.pages.size();
			for (int p = 0; p < total; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				float height = page.getMediaBox().getHeight();
				List<Text> texts = new ArrayList<>(this.pages.get(p));
				texts.add(
						new Text(50, 815, this.layout.bankName() + " - registered office 1 Bank Square", false, false));
				texts.add(new Text(550, 815, String.format(this.layout.pageTemplate(), p + 1, total), false, true));
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					for (Text text : texts) {
						PDType1Font font = text.bold ? this.bold : this.regular;
						float width = font.getStringWidth(text.text) / 1000 * this.size;
						float x = (text.right ? text.x - width : text.x) + this.shift;
						content.beginText();
						content.setFont(font, this.size);
						content.newLineAtOffset(x, height - text.y);
						content.showText(text.text);
						content.endText();
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Text(float x, float y, String text, boolean bold, boolean right) {

	}

}
