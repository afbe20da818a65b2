package com.excellentbanking.server.file;

import com.excellentbanking.server.core.ClientError;

class InsufficientCredits extends ClientError {

	InsufficientCredits() {
		super(402, "Insufficient credits");
	}

}
