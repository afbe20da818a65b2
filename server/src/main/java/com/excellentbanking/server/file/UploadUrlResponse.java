package com.excellentbanking.server.file;

record UploadUrlResponse(String uploadUrl, long fileId, String storagePath) {

}
