package com.excellentbanking.server.file;

/**
 * Published, inside the transaction that made the change, when a file starts processing
 * again or finishes; whatever was derived from the file's old outputs is now stale.
 */
public record FileContentChanged(long fileId) {

}
