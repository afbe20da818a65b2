package com.excellentbanking.server.dashboard;

import com.excellentbanking.server.core.NotFound;

class DashboardNotFound extends NotFound {

	DashboardNotFound() {
		super("Dashboard not found");
	}

}
