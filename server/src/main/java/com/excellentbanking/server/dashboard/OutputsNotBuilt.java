package com.excellentbanking.server.dashboard;

import com.excellentbanking.server.core.NotFound;

class OutputsNotBuilt extends NotFound {

	OutputsNotBuilt() {
		super("Combined outputs not built yet, reprocess first");
	}

}
