package com.excellentbanking.statements.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Opens written workbooks in tests: as cells (FastExcel reader) and as raw sheet XML. */
final class XlsxFiles {

	private XlsxFiles() {
	}

	static List<String> sheetNames(byte[] xlsx) {
		try (ReadableWorkbook workbook = open(xlsx)) {
			return workbook.getSheets().map(Sheet::getName).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Row> rows(byte[] xlsx, String sheetName) {
		try (ReadableWorkbook workbook = open(xlsx)) {
			return workbook.findSheet(sheetName).orElseThrow().read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every part of the package by name, e.g. {@code xl/worksheets/sheet1.xml}. Read
	 * through the central directory ({@link ZipFile}), as Excel does: FastExcel's local
	 * entry headers carry no sizes, which {@code ZipInputStream} refuses.
	 */
	static Map<String, String> parts(byte[] xlsx) {
		Map<String, String> parts = new LinkedHashMap<>();
		try {
			Path file = Files.createTempFile("workbook", ".xlsx");
			try {
				Files.write(file, xlsx);
				try (ZipFile zip = new ZipFile(file.toFile())) {
					for (ZipEntry entry : Collections.list(zip.entries())) {
						try (InputStream in = zip.getInputStream(entry)) {
							parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
						}
					}
				}
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

	private static ReadableWorkbook open(byte[] xlsx) throws IOException {
		return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
	}

}
