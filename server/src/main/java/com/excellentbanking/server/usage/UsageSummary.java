package com.excellentbanking.server.usage;

/**
 * Totals over all of a user's usage records; {@code total_files} counts distinct files.
 */
record UsageSummary(long totalFiles, long totalCharacters, long totalPages, long totalFileSize) {

}
