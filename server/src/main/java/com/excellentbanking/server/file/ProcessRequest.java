package com.excellentbanking.server.file;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /files/{id}/process}. */
record ProcessRequest(@Size(max = 1024) String password) {

}
