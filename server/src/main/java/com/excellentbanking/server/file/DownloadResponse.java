package com.excellentbanking.server.file;

record DownloadResponse(String downloadUrl) {

}
