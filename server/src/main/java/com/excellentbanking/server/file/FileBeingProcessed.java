package com.excellentbanking.server.file;

import com.excellentbanking.server.core.ClientError;

class FileBeingProcessed extends ClientError {

	FileBeingProcessed() {
		super(409, "File is already being processed");
	}

}
