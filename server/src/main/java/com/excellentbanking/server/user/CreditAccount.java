package com.excellentbanking.server.user;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;

/**
 * Users' credit balances. Every change is a single conditional SQL statement, so it is
 * atomic on its own and joins the caller's transaction when there is one (a charge then
 * commits or rolls back together with the result it pays for).
 */
@Service
public class CreditAccount {

	private final UserRepository repository;

	private final Clock clock;

	CreditAccount(UserRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * @throws UserNotFound when there is no such user
	 */
	public long balance(long userId) {
		return this.repository.credits(userId).orElseThrow(UserNotFound::new);
	}

	/**
	 * Takes {@code credits} from the balance if it covers them; never overdraws.
	 * @return whether the credits were taken (false also for an unknown user)
	 */
	public boolean tryCharge(long userId, long credits) {
		requireNotNegative(credits);
		return this.repository.charge(userId, credits, this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * @throws UserNotFound when there is no such user
	 */
	public void grant(long userId, long credits) {
		requireNotNegative(credits);
		if (!this.repository.grant(userId, credits, this.clock.instant().truncatedTo(ChronoUnit.MICROS))) {
			throw new UserNotFound();
		}
	}

	private static void requireNotNegative(long credits) {
		if (credits < 0) {
			throw new IllegalArgumentException("Credits must not be negative, got " + credits);
		}
	}

}
