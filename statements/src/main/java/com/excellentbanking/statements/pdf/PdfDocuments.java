package com.excellentbanking.statements.pdf;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import com.excellentbanking.statements.model.ErrorCode;
import com.excellentbanking.statements.model.StatementException;

/**
 * Opens PDFs with bounded memory and turns PDFBox's failures into the engine's error
 * codes.
 */
final class PdfDocuments {

	/**
	 * Heap PDFBox may use for decoded streams of one document; beyond it, a temporary
	 * scratch file takes over.
	 */
	static final long MAIN_MEMORY_BYTES = 32L * 1024 * 1024;

	private PdfDocuments() {
	}

	static PDDocument open(byte[] content, String password) {
		try {
			return Loader.loadPDF(new RandomAccessReadBuffer(content), (password != null) ? password : "", null, null,
					MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
		}
		catch (InvalidPasswordException ex) {
			if (password == null || password.isEmpty()) {
				throw new StatementException(ErrorCode.ENCRYPTED_PDF,
						"The PDF is password-protected; give its password to read it", ex);
			}
			throw new StatementException(ErrorCode.WRONG_PASSWORD, "The password does not open this PDF", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new StatementException(ErrorCode.CORRUPT_FILE, "The PDF is damaged and cannot be read", ex);
		}
	}

}
