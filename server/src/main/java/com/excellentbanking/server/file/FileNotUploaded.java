package com.excellentbanking.server.file;

import com.excellentbanking.server.core.ClientError;

class FileNotUploaded extends ClientError {

	FileNotUploaded() {
		super(400, "File has not been uploaded");
	}

}
