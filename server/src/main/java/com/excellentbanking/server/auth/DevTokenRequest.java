package com.excellentbanking.server.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /dev/token}: who the token is for. */
record DevTokenRequest(@NotBlank @Size(max = TokenVerification.MAX_SUBJECT_LENGTH) String sub,
		@Size(max = 320) String email) {

}
