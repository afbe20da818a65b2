package com.excellentbanking.server.file;

import com.excellentbanking.server.core.ClientError;

class FileTooLarge extends ClientError {

	FileTooLarge() {
		super(413, "File too large");
	}

}
