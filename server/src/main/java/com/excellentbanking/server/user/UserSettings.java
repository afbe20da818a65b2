package com.excellentbanking.server.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param initialCredits credits a user starts with when first seen
 * ({@code EB_INITIAL_CREDITS})
 */
@ConfigurationProperties("eb")
record UserSettings(@DefaultValue("100") long initialCredits) {

	UserSettings {
		if (initialCredits < 0) {
			throw new IllegalArgumentException("eb.initial-credits must not be negative, got " + initialCredits);
		}
	}

}
