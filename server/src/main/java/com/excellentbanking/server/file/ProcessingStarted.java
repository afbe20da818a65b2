package com.excellentbanking.server.file;

import java.util.UUID;

record ProcessingStarted(String message, UUID taskId) {

	ProcessingStarted(UUID taskId) {
		this("Processing started", taskId);
	}

}
