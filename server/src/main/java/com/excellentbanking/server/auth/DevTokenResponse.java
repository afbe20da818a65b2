package com.excellentbanking.server.auth;

record DevTokenResponse(String token) {

}
