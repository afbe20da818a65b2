package com.excellentbanking.statements.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.excellentbanking.statements.model.Transaction;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionSheetTest {

	@Test
	void continuesOnAFurtherSheetPastTheRowLimit() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		SheetNames names = new SheetNames("Summary");
		TransactionSheet sheet = new TransactionSheet(workbook, names, names.allocate("Transactions", "T"), false, 4);
		StatementSummary statement = StatementSummary.of(0, Fixtures.reconciled(Fixtures.checking()));
		for (Transaction transaction : Fixtures.checking().transactions()) {
			sheet.add("march.pdf", statement, transaction);
		}
		sheet.finish();
		workbook.finish();

		byte[] xlsx = out.toByteArray();
		assertThat(XlsxFiles.sheetNames(xlsx)).containsExactly("Transactions", "Transactions 2");
		assertThat(XlsxFiles.rows(xlsx, "Transactions")).hasSize(4);
		assertThat(XlsxFiles.rows(xlsx, "Transactions 2")).hasSize(1 + 2);
		assertThat(XlsxExporterTest.texts(XlsxFiles.rows(xlsx, "Transactions 2").get(0))).startsWith("Date");
		assertThat(XlsxFiles.rows(xlsx, "Transactions 2").get(2).getCell(2).asString()).isEqualTo("@x");
	}

}
