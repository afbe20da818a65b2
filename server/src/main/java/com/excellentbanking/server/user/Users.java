package com.excellentbanking.server.user;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The service's users, keyed by their identity provider's id and known by our own id. */
@Service
public class Users {

	private final UserRepository repository;

	private final UserSettings settings;

	private final Clock clock;

	Users(UserRepository repository, UserSettings settings, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The user behind a verified token, created with the initial credits on first sight.
	 * Safe under concurrent first requests of the same user: exactly one row results. A
	 * changed email (when the token carries one) is recorded.
	 */
	public AuthenticatedUser findOrCreate(String clerkUserId, String email) {
		Objects.requireNonNull(clerkUserId, "clerkUserId");
		Optional<UserAccount> existing = this.repository.findByClerkUserId(clerkUserId);
		if (existing.isEmpty()) {
			this.repository.insertIfAbsent(clerkUserId, email, this.settings.initialCredits(), now());
			existing = this.repository.findByClerkUserId(clerkUserId);
		}
		UserAccount account = existing
			.orElseThrow(() -> new IllegalStateException("User " + clerkUserId + " vanished right after insert"));
		if (email != null && !email.equals(account.email())) {
			this.repository.updateEmail(account.id(), email, now());
			return new AuthenticatedUser(account.id(), account.clerkUserId(), email);
		}
		return account.asAuthenticated();
	}

	public Optional<UserAccount> find(long id) {
		return this.repository.findById(id);
	}

	// Microseconds: what PostgreSQL stores, so a value read back equals the value
	// written.
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
