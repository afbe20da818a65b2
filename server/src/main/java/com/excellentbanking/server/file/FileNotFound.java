package com.excellentbanking.server.file;

import com.excellentbanking.server.core.NotFound;

class FileNotFound extends NotFound {

	FileNotFound() {
		super("File not found");
	}

}
