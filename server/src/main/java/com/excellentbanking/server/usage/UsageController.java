package com.excellentbanking.server.usage;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.excellentbanking.server.user.AuthenticatedUser;

@RestController
class UsageController {

	private final UsageRecords usage;

	UsageController(UsageRecords usage) {
		this.usage = usage;
	}

	@GetMapping({ "/usage", "/usage/" })
	List<UsageResponse> list(AuthenticatedUser user, @RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.usage.list(user.id(), skip, limit);
	}

	@GetMapping("/usage/summary")
	UsageSummary summary(AuthenticatedUser user) {
		return this.usage.summary(user.id());
	}

}
