package com.excellentbanking.server.dashboard;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PATCH body: a field left out stays as it is. */
record UpdateDashboardRequest(@Size(min = 1, max = 255) @Pattern(regexp = "(?s).*\\S.*") String name,
		@Size(max = 2000) String description) {

}
