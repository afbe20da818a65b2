package com.excellentbanking.statements.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxExporterTest {

	private final byte[] xlsx = write(Fixtures.pdf());

	@Test
	void hasTransactionsThenSummary() {
		assertThat(XlsxFiles.sheetNames(this.xlsx)).containsExactly("Transactions", "Summary");
	}

	@Test
	void writesRealDatesAndNumbers() {
		List<Row> rows = XlsxFiles.rows(this.xlsx, "Transactions");
		assertThat(rows).hasSize(1 + 9);
		assertThat(texts(rows.get(0))).startsWith("Date", "Value date", "Description", "Amount", "Debit", "Credit",
				"Balance", "Currency", "Account");

		Row salary = rows.get(2);
		Cell date = salary.getCell(0);
		assertThat(date.getType()).isEqualTo(CellType.NUMBER);
		assertThat(date.getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(date.asDate()).isEqualTo(LocalDateTime.of(2024, 3, 5, 0, 0));
		assertThat(salary.getCell(1).asDate()).isEqualTo(LocalDateTime.of(2024, 3, 4, 0, 0));
		Cell amount = salary.getCell(3);
		assertThat(amount.getType()).isEqualTo(CellType.NUMBER);
		assertThat(amount.getDataFormatString()).isEqualTo("#,##0.00");
		assertThat(amount.asNumber()).isEqualByComparingTo("2500.00");
		assertThat(salary.getCell(5).asNumber()).isEqualByComparingTo("2500.00");
		assertThat(salary.getCell(6).asNumber()).isEqualByComparingTo("3454.90");
		assertThat(salary.getCell(6).getDataFormatString()).isEqualTo("#,##0.00");
		assertThat(salary.getCell(7).asString()).isEqualTo("EUR");
		assertThat(salary.getCell(8).asString()).isEqualTo("******************3000");
		assertThat(salary.getCell(2).asString()).isEqualTo("Salary March");
		assertThat(rows.get(1).getCell(4).asNumber()).isEqualByComparingTo("45.10");
		assertThat(rows.get(4).getCell(7).asString()).isEqualTo("USD");
		assertThat(rows.get(8).getCell(3).asNumber()).isEqualByComparingTo("0.12345");
	}

	@Test
	void amountsAddUpToTheStatementTotals() {
		List<Row> rows = XlsxFiles.rows(this.xlsx, "Transactions");

		BigDecimal checking = rows.subList(1, 6)
			.stream()
			.map((row) -> row.getCell(3).asNumber())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(checking).isEqualByComparingTo("2443.00");
	}

	@Test
	void keepsFormulaLookingDescriptionsAsText() {
		List<Row> rows = XlsxFiles.rows(this.xlsx, "Transactions");

		assertThat(List.of(rows.get(1), rows.get(3), rows.get(4), rows.get(5)))
			.extracting((row) -> row.getCell(2).getType(), (row) -> row.getCell(2).asString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CellType.STRING, "=SUM(A1)"),
					org.assertj.core.groups.Tuple.tuple(CellType.STRING, "+1"),
					org.assertj.core.groups.Tuple.tuple(CellType.STRING, "-2"),
					org.assertj.core.groups.Tuple.tuple(CellType.STRING, "@x"));
		String sheet = XlsxFiles.parts(this.xlsx).get("xl/worksheets/sheet1.xml");
		assertThat(sheet).doesNotContain("<f>").contains("t=\"inlineStr\"><is><t>=SUM(A1)</t></is>");
	}

	@Test
	void freezesTheBoldHeaderRowAndFiltersTheTable() {
		Map<String, String> parts = XlsxFiles.parts(this.xlsx);
		String sheet = parts.get("xl/worksheets/sheet1.xml");

		assertThat(sheet).containsPattern("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"");
		assertThat(sheet).contains("<autoFilter ref=\"A1:N10\"");
		assertThat(sheet).contains("<col min=\"3\" max=\"3\" width=\"60");
		String headerStyle = attribute(sheet, "<c r=\"A1\" s=\"(\\d+)\"");
		assertThat(cellFormatUsesBoldFont(parts.get("xl/styles.xml"), Integer.parseInt(headerStyle))).isTrue();
		assertThat(parts.get("xl/worksheets/sheet2.xml")).containsPattern("<pane [^>]*ySplit=\"1\"");
	}

	@Test
	void summarisesEachStatement() {
		List<Row> rows = XlsxFiles.rows(this.xlsx, "Summary");

		assertThat(texts(rows.get(0))).containsExactly("Statement", "Bank", "Account", "Holder", "Currency",
				"Period start", "Period end", "Opening balance", "Closing balance", "Total in", "Total out",
				"Transactions", "Reconciled", "Status", "First mismatch");
		assertThat(rows).hasSize(4);
		Row checking = rows.get(1);
		assertThat(checking.getCell(2).asString()).isEqualTo("******************3000");
		assertThat(checking.getCell(5).asDate()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
		assertThat(checking.getCell(7).asNumber()).isEqualByComparingTo("1000.00");
		assertThat(checking.getCell(8).asNumber()).isEqualByComparingTo("3443.00");
		assertThat(checking.getCell(9).asNumber()).isEqualByComparingTo("2500.50");
		assertThat(checking.getCell(10).asNumber()).isEqualByComparingTo("57.50");
		assertThat(checking.getCell(10).getDataFormatString()).isEqualTo("#,##0.00");
		assertThat(checking.getCell(11).asNumber()).isEqualByComparingTo("5");
		assertThat(checking.getCell(12).asString()).isEqualTo("yes");
		Row savings = rows.get(2);
		assertThat(savings.getCell(2).asString()).isEqualTo("*****4321");
		assertThat(savings.getCell(12).asString()).isEqualTo("no");
		assertThat(savings.getCell(13).asString()).isEqualTo("mismatch");
		assertThat(savings.getCell(14).asString()).contains("shows balance 8.50, expected 7.00");
	}

	static byte[] write(ExportSource source) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XlsxExporter().write(source, out);
		return out.toByteArray();
	}

	static List<String> texts(Row row) {
		return row.stream().map((cell) -> (cell != null) ? cell.getText() : null).toList();
	}

	private static String attribute(String xml, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(xml);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}

	/** Follows cellXfs[index] to its font and checks the font is bold. */
	static boolean cellFormatUsesBoldFont(String styles, int index) {
		String cellXfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
		Matcher xf = Pattern.compile("<xf [^>]*fontId=\"(\\d+)\"").matcher(cellXfs);
		for (int i = 0; i <= index; i++) {
			assertThat(xf.find()).isTrue();
		}
		int fontId = Integer.parseInt(xf.group(1));
		String fonts = styles.substring(styles.indexOf("<fonts"), styles.indexOf("</fonts>"));
		Matcher font = Pattern.compile("<font>(.*?)</font>|<font\\s[^>]*>(.*?)</font>").matcher(fonts);
		for (int i = 0; i <= fontId; i++) {
			assertThat(font.find()).isTrue();
		}
		return font.group().contains("<b/>") || font.group().contains("<b ");
	}

}
