package com.excellentbanking.statements.ocr;

/** OCR of one page failed (engine crashed, timed out, printed nothing readable). */
public class OcrException extends RuntimeException {

	public OcrException(String message) {
		super(message);
	}

	public OcrException(String message, Throwable cause) {
		super(message, cause);
	}

}
