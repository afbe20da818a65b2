package com.excellentbanking.server.dashboard;

record MessageResponse(String message) {

}
