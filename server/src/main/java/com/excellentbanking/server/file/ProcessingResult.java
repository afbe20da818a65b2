package com.excellentbanking.server.file;

/** What a successful run found, as recorded on the file. */
record ProcessingResult(String detectedFormat, int pageCount, int transactionCount, long characterCount,
		String processedData) {

}
