package com.excellentbanking.server.task;

import java.util.Locale;

public enum TaskStatus {

	QUEUED, RUNNING, SUCCEEDED, FAILED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean active() {
		return this == QUEUED || this == RUNNING;
	}

}
