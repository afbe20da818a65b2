package com.excellentbanking.server.dashboard;

record DownloadResponse(String downloadUrl) {

}
