package com.excellentbanking.server.storage;

/** What the store knows of a stored blob. */
public record BlobInfo(long size, String contentType) {

}
