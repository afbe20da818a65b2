package com.excellentbanking.server.task;

import java.util.Locale;

/** The kinds of background work; each has one {@link TaskHandler}. */
public enum TaskType {

	FILE_PROCESSING, DASHBOARD_BUILD;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
