package com.excellentbanking.server.file;

record MessageResponse(String message) {

}
