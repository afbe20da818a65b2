package com.excellentbanking.server;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the business modules honest: no module reaches into another's internals, and no
 * dependency cycles. (Breaking a boundary on purpose — a dashboard class using the file
 * module's package-private repository — makes this fail.)
 */
class ModularityTest {

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(ExcellentBankingApplication.class).verify();
	}

}
