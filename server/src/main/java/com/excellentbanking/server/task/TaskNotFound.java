package com.excellentbanking.server.task;

import com.excellentbanking.server.core.NotFound;

class TaskNotFound extends NotFound {

	TaskNotFound() {
		super("Task not found");
	}

}
