package com.excellentbanking.server.file;

import com.excellentbanking.server.core.NotFound;

class FileNotProcessed extends NotFound {

	FileNotProcessed() {
		super("File not processed yet");
	}

}
