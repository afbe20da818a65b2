package com.excellentbanking.server.file;

/** Published inside the transaction that deletes a file. */
public record FileDeleted(long fileId) {

}
