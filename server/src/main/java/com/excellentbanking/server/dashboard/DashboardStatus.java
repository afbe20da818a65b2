package com.excellentbanking.server.dashboard;

import java.util.Locale;

/**
 * The seed's lifecycle: {@code new → outdated → up_to_date}, back to outdated on any
 * change.
 */
enum DashboardStatus {

	NEW, OUTDATED, UP_TO_DATE;

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
