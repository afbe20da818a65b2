package com.excellentbanking.server.file;

import com.excellentbanking.statements.detect.FormatDetector;
import com.excellentbanking.statements.model.Extraction;
import com.excellentbanking.statements.model.StatementFormat;

/**
 * SPEC §4 pricing: a PDF or image costs 1 credit per page; a structured file 1 credit per
 * started 3,000 characters.
 */
final class Credits {

	static final int CHARACTERS_PER_CREDIT = 3000;

	private Credits() {
	}

	static long cost(Extraction extraction) {
		if (extraction.format().paged()) {
			return Math.max(1, extraction.pageCount());
		}
		return Math.max(1, ceilDiv(extraction.characterCount(), CHARACTERS_PER_CREDIT));
	}

	/**
	 * The least a file can cost before it is read: one page for paged formats; for text,
	 * each character takes at most four bytes.
	 */
	static long estimate(long sizeInBytes, boolean paged) {
		if (paged) {
			return 1;
		}
		return Math.max(1, ceilDiv(sizeInBytes / 4, CHARACTERS_PER_CREDIT));
	}

	/** Whether the first bytes of a file show a paged format (PDF, image). */
	static boolean isPaged(byte[] head) {
		return FormatDetector.detect(head).map(StatementFormat::paged).orElse(false);
	}

	private static long ceilDiv(long value, long divisor) {
		return (value + divisor - 1) / divisor;
	}

}
