package com.excellentbanking.server.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import com.excellentbanking.server.support.Api.Response;
import com.excellentbanking.server.support.TwoUserScenario;
import com.excellentbanking.server.user.CreditAccount;
import com.excellentbanking.statements.ReadOptions;
import com.excellentbanking.statements.StatementReader;
import com.excellentbanking.statements.model.Transaction;
import com.excellentbanking.statements.pdf.PdfFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Files API walked end to end over HTTP, as a client would: upload, process in the
 * background, download and open every output. Subclasses run it on a given database and
 * store.
 */
abstract class FileFlowScenarios extends TwoUserScenario {

	/** Three transactions with a running balance: opening 1000.00, closing 2346.73. */
	static final String CSV = """
			Date,Description,Amount,Balance
			02/01/2026,Coffee Shop,-3.50,996.50
			05/01/2026,"Salary ACME Ltd",1500.00,2496.50
			17/01/2026,=SUM(A1:A9) Grocer,-149.77,2346.73
			""";

	@Autowired
	CreditAccount credits;

	@Test
	void presignedUploadProcessAndDownloadEveryOutput() throws Exception {
		long creditsBefore = this.api.get("/me", this.alice).json().get("credits").asLong();
		Response created = this.api.post("/files/upload-url", this.alice,
				Map.of("filename", "january.csv", "mime_type", "text/csv"));
		assertThat(created.status()).isEqualTo(200);
		long fileId = created.json().get("file_id").asLong();
		assertThat(created.json().get("storage_path").asString())
			.matches("uploads/user_id=\\d+/file_id=" + fileId + "/[0-9a-f-]{36}\\.csv");
		assertThat(this.api.get("/files/" + fileId, this.alice).json().get("status").asString()).isEqualTo("pending");

		byte[] content = CSV.getBytes(StandardCharsets.UTF_8);
		Response put = this.api.putUrl(created.json().get("upload_url").asString(), "text/csv", content);
		assertThat(put.status()).as(put.text()).isBetween(200, 204);

		JsonNode file = processAndWait(fileId, "succeeded");
		assertThat(file.get("status").asString()).isEqualTo("completed");
		assertThat(file.get("detected_format").asString()).isEqualTo("csv");
		assertThat(file.get("transaction_count").asInt()).isEqualTo(3);
		assertThat(file.get("file_size").asLong()).isEqualTo(content.length);
		JsonNode statement = file.get("processed_data").get("statements").get(0);
		assertThat(statement.get("reconciled").asBoolean()).isTrue();
		assertThat(statement.get("closing_balance").decimalValue()).isEqualByComparingTo("2346.73");

		Response transactions = this.api.get("/files/" + fileId + "/transactions?limit=2", this.alice);
		assertThat(transactions.status()).isEqualTo(200);
		assertThat(transactions.json()).hasSize(2);
		assertThat(transactions.json().get(0).get("date").asString()).isEqualTo("2026-01-02");
		assertThat(transactions.json().get(0).get("amount").decimalValue()).isEqualByComparingTo("-3.50");
		assertThat(transactions.json().get(0).get("debit").decimalValue()).isEqualByComparingTo("3.50");
		assertThat(this.api.get("/files/" + fileId + "/transactions?skip=2", this.alice).json()).hasSize(1);

		assertExcel(download(fileId, "download-excel", "january.xlsx"));
		assertJson(download(fileId, "download-json", "january.json"));
		assertSqlite(download(fileId, "download-sqlite", "january.sqlite"));
		assertThat(download(fileId, "download-original", "january.csv")).isEqualTo(content);

		JsonNode usage = this.api.get("/usage/", this.alice).json();
		assertThat(usage).hasSize(1);
		assertThat(usage.get(0).get("file_id").asLong()).isEqualTo(fileId);
		assertThat(usage.get(0).get("credits_consumed").asLong()).isEqualTo(1);
		assertThat(usage.get(0).get("total_characters").asLong()).isEqualTo(CSV.length());
		assertThat(this.api.get("/usage/summary", this.alice).json().get("total_files").asLong()).isEqualTo(1);
		assertThat(this.api.get("/me", this.alice).json().get("credits").asLong()).isEqualTo(creditsBefore - 1);
	}

	@Test
	void multipartUploadListAndDelete() {
		Response uploaded = this.api.upload(this.alice, "feb.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
		long fileId = uploaded.json().get("id").asLong();
		assertThat(uploaded.json().get("filename").asString()).isEqualTo("feb.csv");
		assertThat(uploaded.json().get("status").asString()).isEqualTo("pending");

		Response second = this.api.upload(this.alice, "mar.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
		JsonNode list = this.api.get("/files/", this.alice).json();
		assertThat(list.get(0).get("id").asLong()).isEqualTo(second.json().get("id").asLong());
		assertThat(list.get(1).get("id").asLong()).isEqualTo(fileId);
		assertThat(this.api.get("/files", this.alice).json()).hasSize(list.size());
		assertThat(this.api.get("/files/?status=pending&limit=1", this.alice).json()).hasSize(1);
		assertThat(this.api.get("/files/?status=completed", this.alice).json()).isEmpty();
		assertThat(this.api.get("/files/?status=bogus", this.alice).status()).isEqualTo(422);
		assertThat(this.api.get("/files/?limit=0", this.alice).status()).isEqualTo(422);
		assertThat(this.api.get("/files/?limit=101", this.alice).status()).isEqualTo(422);
		assertThat(this.api.get("/files/?skip=-1", this.alice).status()).isEqualTo(422);
		assertThat(this.api.get("/files/?limit=abc", this.alice).json().get("detail").get(0).get("loc").toString())
			.isEqualTo("[\"query\",\"limit\"]");

		Response deleted = this.api.delete("/files/" + fileId, this.alice);
		assertThat(deleted.json().get("message").asString()).isEqualTo("File deleted successfully");
		assertThat(this.api.get("/files/" + fileId, this.alice).status()).isEqualTo(404);
		assertThat(this.api.delete("/files/" + fileId, this.alice).status()).isEqualTo(404);
	}

	@Test
	void anotherUsersFileIsNotFoundOnEveryRouteAndStaysUnchanged() {
		long fileId = uploadAndProcess("mine.csv", CSV);
		String before = this.api.get("/files/" + fileId, this.alice).text();
		for (String route : List.of("", "/transactions", "/download-excel", "/download-json", "/download-sqlite",
				"/download-original")) {
			Response response = this.api.get("/files/" + fileId + route, this.bob);
			assertThat(response.status()).as(route).isEqualTo(404);
			assertThat(response.json().get("detail").asString()).isEqualTo("File not found");
		}
		assertThat(this.api.post("/files/" + fileId + "/process", this.bob, null).status()).isEqualTo(404);
		assertThat(this.api.delete("/files/" + fileId, this.bob).status()).isEqualTo(404);
		assertThat(this.api.get("/files/", this.bob).json()).isEmpty();
		assertThat(this.api.get("/files/" + fileId, this.alice).text()).isEqualTo(before);

		String taskId = this.api.post("/files/" + fileId + "/process", this.alice, null)
			.json()
			.get("task_id")
			.asString();
		Response foreignTask = this.api.get("/tasks/" + taskId, this.bob);
		assertThat(foreignTask.status()).isEqualTo(404);
		assertThat(foreignTask.json().get("detail").asString()).isEqualTo("Task not found");
		awaitTask(taskId, "succeeded");
	}

	@Test
	void processingRefusals() {
		Response created = this.api.post("/files/upload-url", this.alice, Map.of("filename", "never.csv"));
		long neverUploaded = created.json().get("file_id").asLong();
		Response notUploaded = this.api.post("/files/" + neverUploaded + "/process", this.alice, null);
		assertThat(notUploaded.status()).isEqualTo(400);
		assertThat(notUploaded.json().get("detail").asString()).isEqualTo("File has not been uploaded");

		long fileId = this.api.upload(this.alice, "twice.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8))
			.json()
			.get("id")
			.asLong();
		Response first = this.api.post("/files/" + fileId + "/process", this.alice, null);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("message").asString()).isEqualTo("Processing started");
		Response second = this.api.post("/files/" + fileId + "/process", this.alice, null);
		assertThat(second.status()).isEqualTo(409);
		assertThat(this.api.get("/files/" + fileId + "/download-excel", this.alice).json().get("detail").asString())
			.isEqualTo("File not processed yet");
		awaitTask(first.json().get("task_id").asString(), "succeeded");

		long poor = this.api.upload(this.bob, "poor.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8))
			.json()
			.get("id")
			.asLong();
		long bobId = this.api.get("/me", this.bob).json().get("id").asLong();
		assertThat(this.credits.tryCharge(bobId, this.credits.balance(bobId))).isTrue();
		Response broke = this.api.post("/files/" + poor + "/process", this.bob, null);
		assertThat(broke.status()).isEqualTo(402);
		assertThat(broke.json().get("detail").asString()).isEqualTo("Insufficient credits");
		assertThat(this.api.get("/files/" + poor, this.bob).json().get("status").asString()).isEqualTo("pending");
	}

	@Test
	void multipartPartsWithOverlongNamesOrTypesAre422() {
		byte[] content = CSV.getBytes(StandardCharsets.UTF_8);
		Response longName = this.api.upload(this.alice, "x".repeat(256) + ".csv", "text/csv", content);
		assertThat(longName.status()).as(longName.text()).isEqualTo(422);
		Response longType = this.api.upload(this.alice, "feb.csv", "text/csv; charset=" + "x".repeat(300), content);
		assertThat(longType.status()).as(longType.text()).isEqualTo(422);
		assertThat(longType.json().get("detail").get(0).get("loc").toString())
			.isEqualTo("[\"body\",\"file\",\"content_type\"]");
		assertThat(this.api.get("/files/", this.alice).json()).isEmpty();
	}

	@Test
	void unreadableFilesEndInErrorWithStableCodesAndCostNothing() {
		long creditsBefore = this.api.get("/me", this.alice).json().get("credits").asLong();
		assertErrorCode("binary.csv", new byte[] { 0, 1, 2, 3, (byte) 0xFF, 0, 7, 8, 9, 0, 0, 1 },
				"unsupported_format");
		assertErrorCode("empty.csv", new byte[0], "corrupt_file");
		byte[] pdf = PdfFixtures.simpleStatement();
		assertErrorCode("truncated.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 3), "corrupt_file");
		assertErrorCode("names.csv", "name,city\nAnna,Berlin\nBen,Paris\n".getBytes(StandardCharsets.UTF_8),
				"no_transactions_found", "unsupported_format");
		assertThat(this.api.get("/me", this.alice).json().get("credits").asLong()).isEqualTo(creditsBefore);
		assertThat(this.api.get("/usage/", this.alice).json()).isEmpty();
		assertThat(this.api.get("/health", null).status()).isEqualTo(200);
	}

	@Test
	void oversizeUploadsAreRefusedWhileStreaming() {
		byte[] tooBig = new byte[52_428_801];
		Response multipart = this.api.upload(this.alice, "huge.csv", "text/csv", tooBig);
		assertThat(multipart.status()).isEqualTo(413);
		assertThat(multipart.json().get("detail").asString()).isEqualTo("File too large");

		Response created = this.api.post("/files/upload-url", this.alice,
				Map.of("filename", "huge.csv", "mime_type", "text/csv"));
		long fileId = created.json().get("file_id").asLong();
		Response put = this.api.putUrl(created.json().get("upload_url").asString(), "text/csv", tooBig);
		if (put.status() != 413) {
			// S3 does not know the limit; the service checks the stored object before
			// processing.
			Response process = this.api.post("/files/" + fileId + "/process", this.alice, null);
			assertThat(process.status()).isEqualTo(413);
		}
		assertThat(this.api.get("/files/" + fileId, this.alice).json().get("status").asString()).isEqualTo("pending");
		assertThat(this.api.get("/health", null).status()).isEqualTo(200);
	}

	@Test
	void pdfStatementsArePricedPerPageAndReadAsTheEngineReadsThem() {
		byte[] pdf = PdfFixtures.simpleStatement();
		long creditsBefore = this.api.get("/me", this.alice).json().get("credits").asLong();
		long fileId = this.api.upload(this.alice, "march.pdf", "application/pdf", pdf).json().get("id").asLong();
		JsonNode file = processAndWait(fileId, "succeeded");
		assertThat(file.get("detected_format").asString()).isEqualTo("pdf");
		assertThat(file.get("page_count").asInt()).isEqualTo(2);
		assertThat(file.get("transaction_count").asInt()).isEqualTo(3);
		JsonNode statement = file.get("processed_data").get("statements").get(0);
		assertThat(statement.get("reconciled").asBoolean()).isTrue();
		assertThat(statement.get("opening_balance").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(statement.get("closing_balance").decimalValue()).isEqualByComparingTo("2400.00");
		JsonNode usage = this.api.get("/usage/", this.alice).json().get(0);
		assertThat(usage.get("total_pages").asInt()).isEqualTo(2);
		assertThat(usage.get("credits_consumed").asLong()).isEqualTo(2);
		assertThat(this.api.get("/me", this.alice).json().get("credits").asLong()).isEqualTo(creditsBefore - 2);

		// The convert command and library callers use this same reader.
		List<Transaction> engine = StatementReader.withDefaultParsers()
			.read(pdf, ReadOptions.DEFAULT)
			.statements()
			.get(0)
			.statement()
			.transactions();
		JsonNode served = this.api.get("/files/" + fileId + "/transactions", this.alice).json();
		assertThat(served).hasSize(engine.size());
		for (int i = 0; i < engine.size(); i++) {
			assertThat(served.get(i).get("date").asString()).isEqualTo(engine.get(i).date().toString());
			assertThat(served.get(i).get("amount").decimalValue()).isEqualTo(engine.get(i).amount());
			assertThat(served.get(i).get("description").asString()).isEqualTo(engine.get(i).description());
			assertThat(served.get(i).get("page").asInt()).isEqualTo(engine.get(i).page());
		}
	}

	@Test
	void scannedStatementsGoThroughOcrAndMatchTheEngine() throws IOException {
		Assumptions.assumeTrue(tesseractInstalled(), "tesseract is not installed");
		byte[] png = firstPageAsPng(PdfFixtures.simpleStatement());
		long fileId = this.api.upload(this.alice, "scan.png", "image/png", png).json().get("id").asLong();
		JsonNode file = processAndWait(fileId, "succeeded");
		assertThat(file.get("detected_format").asString()).isEqualTo("image");
		assertThat(file.get("page_count").asInt()).isEqualTo(1);

		List<Transaction> engine = StatementReader.withDefaultParsers()
			.read(png, ReadOptions.DEFAULT)
			.statements()
			.get(0)
			.statement()
			.transactions();
		assertThat(engine).hasSize(2);
		JsonNode served = this.api.get("/files/" + fileId + "/transactions", this.alice).json();
		assertThat(served).hasSize(engine.size());
		for (int i = 0; i < engine.size(); i++) {
			assertThat(served.get(i).get("amount").decimalValue()).isEqualTo(engine.get(i).amount());
			assertThat(served.get(i).get("date").asString()).isEqualTo(engine.get(i).date().toString());
		}
		assertThat(served.get(0).get("amount").decimalValue()).isEqualByComparingTo("-45.10");
	}

	@Test
	void passwordProtectedPdfsNeedTheirPassword() throws IOException {
		byte[] pdf = encrypted(PdfFixtures.simpleStatement(), "s3cret");
		long fileId = this.api.upload(this.alice, "locked.pdf", "application/pdf", pdf).json().get("id").asLong();
		JsonNode withoutPassword = processAndWait(fileId, "failed");
		assertThat(withoutPassword.get("processed_data").get("error").get("code").asString())
			.isEqualTo("encrypted_pdf");

		Response wrong = this.api.post("/files/" + fileId + "/process", this.alice, Map.of("password", "guess"));
		awaitTask(wrong.json().get("task_id").asString(), "failed");
		assertThat(this.api.get("/files/" + fileId, this.alice)
			.json()
			.get("processed_data")
			.get("error")
			.get("code")
			.asString()).isEqualTo("wrong_password");

		Response right = this.api.post("/files/" + fileId + "/process", this.alice, Map.of("password", "s3cret"));
		awaitTask(right.json().get("task_id").asString(), "succeeded");
		JsonNode file = this.api.get("/files/" + fileId, this.alice).json();
		assertThat(file.get("status").asString()).isEqualTo("completed");
		assertThat(file.get("transaction_count").asInt()).isEqualTo(3);
	}

	@Test
	void requestValidation() {
		Response malformed = this.api.post("/files/upload-url", this.alice, "{\"filename\": ");
		assertThat(malformed.status()).isEqualTo(422);
		assertThat(malformed.json().get("detail").get(0).get("type").asString()).isEqualTo("json_invalid");
		Response wrongType = this.api.post("/files/upload-url", this.alice, "{\"filename\": [\"a\"]}");
		assertThat(wrongType.status()).isEqualTo(422);
		assertThat(wrongType.json().get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\",\"filename\"]");
		Response number = this.api.post("/files/upload-url", this.alice, "{\"filename\": 42}");
		assertThat(number.status()).isEqualTo(422);
		assertThat(number.json().get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\",\"filename\"]");
		assertThat(this.api.post("/files/upload-url", this.alice, "{\"filename\": \"a.csv\", \"file_size\": 1.5}")
			.status()).isEqualTo(422);
		Response empty = this.api.post("/files/upload-url", this.alice, Map.of("filename", ""));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.json().get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\",\"filename\"]");
		assertThat(this.api.post("/files/upload-url", this.alice, Map.of("filename", "x".repeat(256))).status())
			.isEqualTo(422);
		assertThat(this.api.post("/files/upload-url", this.alice, Map.of("filename", "a.csv", "unknown", 1)).status())
			.isEqualTo(200);
		Response tooBig = this.api.post("/files/upload-url", this.alice,
				Map.of("filename", "big.pdf", "file_size", 52_428_801L));
		assertThat(tooBig.status()).isEqualTo(413);
		assertThat(this.api.get("/files/abc", this.alice).status()).isEqualTo(422);
		assertThat(this.api.get("/tasks/not-a-uuid", this.alice).status()).isEqualTo(422);
		assertThat(this.api.get("/tasks/00000000-0000-0000-0000-000000000000", this.alice).status()).isEqualTo(404);
		Response hugeBody = this.api.post("/files/upload-url", this.alice,
				"{\"filename\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}");
		assertThat(hugeBody.status()).isEqualTo(413);
		assertThat(this.api.get("/openapi.json", null).json().get("paths").has("/files/{id}/process")).isTrue();
		Response anonymous = this.api.get("/files/", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("detail").asString()).isEqualTo("Not authenticated");
	}

	long uploadAndProcess(String name, String csv) {
		long fileId = this.api.upload(this.alice, name, "text/csv", csv.getBytes(StandardCharsets.UTF_8))
			.json()
			.get("id")
			.asLong();
		processAndWait(fileId, "succeeded");
		return fileId;
	}

	JsonNode processAndWait(long fileId, String expectedTaskStatus) {
		Response started = this.api.post("/files/" + fileId + "/process", this.alice, null);
		assertThat(started.status()).as(started.text()).isEqualTo(200);
		JsonNode task = awaitTask(started.json().get("task_id").asString(), expectedTaskStatus);
		assertThat(task.get("type").asString()).isEqualTo("file_processing");
		return this.api.get("/files/" + fileId, this.alice).json();
	}

	private void assertErrorCode(String name, byte[] content, String... acceptedCodes) {
		long fileId = this.api.upload(this.alice, name, "text/csv", content).json().get("id").asLong();
		JsonNode file = processAndWait(fileId, "failed");
		assertThat(file.get("status").asString()).isEqualTo("error");
		JsonNode error = file.get("processed_data").get("error");
		assertThat(error.get("code").asString()).as(name).isIn((Object[]) acceptedCodes);
		assertThat(error.get("message").asString()).isNotBlank().doesNotContain("Exception");
	}

	private byte[] download(long fileId, String route, String expectedName) {
		Response link = this.api.get("/files/" + fileId + "/" + route, this.alice);
		assertThat(link.status()).as(link.text()).isEqualTo(200);
		Response blob = this.api.getUrl(link.json().get("download_url").asString());
		assertThat(blob.status()).isEqualTo(200);
		assertThat(blob.header("Content-Disposition")).contains(expectedName);
		return blob.body();
	}

	private void assertExcel(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
			assertThat(sheets).containsExactly("Transactions", "Summary");
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(4);
			Row first = rows.get(1);
			Cell date = first.getCell(0);
			assertThat(date.getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCellAsDate(0)).contains(LocalDateTime.of(2026, 1, 2, 0, 0));
			Row formulaLike = rows.get(3);
			boolean descriptionKeptAsText = false;
			for (Cell cell : formulaLike) {
				if (cell != null && cell.getType() == CellType.STRING && cell.asString().startsWith("=SUM(A1:A9)")) {
					descriptionKeptAsText = true;
				}
				assertThat(cell == null || cell.getType() != CellType.FORMULA).isTrue();
			}
			assertThat(descriptionKeptAsText).isTrue();
		}
	}

	private void assertJson(byte[] json) {
		JsonNode document = new tools.jackson.databind.json.JsonMapper().readTree(json);
		assertThat(document.toString()).contains("Salary ACME Ltd").contains("2346.73");
	}

	private void assertSqlite(byte[] sqlite) throws Exception {
		Path database = this.scratch.resolve("statement.sqlite");
		Files.write(database, sqlite);
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
				ResultSet rs = connection.createStatement()
					.executeQuery("SELECT COUNT(*), SUM(amount_minor) FROM transactions")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getInt(1)).isEqualTo(3);
			assertThat(BigDecimal.valueOf(rs.getLong(2), 2)).isEqualByComparingTo("1346.73");
		}
	}

	private static byte[] encrypted(byte[] pdf, String password) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
					new AccessPermission());
			policy.setEncryptionKeyLength(256);
			document.protect(policy);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] firstPageAsPng(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
	}

	private static boolean tesseractInstalled() {
		try {
			return new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start().waitFor() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
