package com.excellentbanking.server.user;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "eb.initial-credits=10")
class UsersIntegrationTest {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("eb.data-dir", () -> dataDir.toString());
	}

	@Autowired
	Users users;

	@Autowired
	CreditAccount credits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void firstSightCreatesTheUserWithInitialCredits() {
		String sub = newSub();
		AuthenticatedUser user = this.users.findOrCreate(sub, "lin@example.com");

		UserAccount stored = this.users.find(user.id()).orElseThrow();
		assertThat(stored.clerkUserId()).isEqualTo(sub);
		assertThat(stored.email()).isEqualTo("lin@example.com");
		assertThat(stored.credits()).isEqualTo(10);
		assertThat(stored.createdAt()).isEqualTo(stored.updatedAt());
		assertThat(this.users.findOrCreate(sub, "lin@example.com")).isEqualTo(user);
	}

	@Test
	void aNewEmailIsRecordedAndAMissingOneKeepsTheOld() {
		String sub = newSub();
		long id = this.users.findOrCreate(sub, null).id();

		assertThat(this.users.findOrCreate(sub, "new@example.com").email()).isEqualTo("new@example.com");
		assertThat(this.users.findOrCreate(sub, null).email()).isEqualTo("new@example.com");
		assertThat(this.users.find(id).orElseThrow().email()).isEqualTo("new@example.com");
	}

	@Test
	void concurrentFirstSightsCreateExactlyOneUser() throws Exception {
		String sub = newSub();
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<AuthenticatedUser>> results = IntStream.range(0, threads).mapToObj((i) -> pool.submit(() -> {
				start.await();
				return this.users.findOrCreate(sub, null);
			})).toList();
			start.countDown();
			long firstId = results.get(0).get().id();
			for (Future<AuthenticatedUser> result : results) {
				assertThat(result.get().id()).isEqualTo(firstId);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM users WHERE clerk_user_id = ?")
			.param(sub)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void chargeNeverOverdraws() {
		long id = this.users.findOrCreate(newSub(), null).id();

		assertThat(this.credits.tryCharge(id, 11)).isFalse();
		assertThat(this.credits.balance(id)).isEqualTo(10);
		assertThat(this.credits.tryCharge(id, 4)).isTrue();
		assertThat(this.credits.tryCharge(id, 6)).isTrue();
		assertThat(this.credits.balance(id)).isZero();
		assertThat(this.credits.tryCharge(id, 1)).isFalse();
		assertThat(this.credits.tryCharge(id, 0)).isTrue();
		assertThat(this.credits.balance(id)).isZero();
	}

	@Test
	void concurrentChargesNeverOverdraw() throws Exception {
		long id = this.users.findOrCreate(newSub(), null).id();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Boolean>> charges = IntStream.range(0, 12).mapToObj((i) -> pool.submit(() -> {
				start.await();
				return this.credits.tryCharge(id, 3);
			})).toList();
			start.countDown();
			long succeeded = 0;
			for (Future<Boolean> charge : charges) {
				succeeded += charge.get() ? 1 : 0;
			}
			assertThat(succeeded).isEqualTo(3);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.credits.balance(id)).isEqualTo(1);
	}

	@Test
	void chargeJoinsTheCallersTransaction() {
		long id = this.users.findOrCreate(newSub(), null).id();

		this.transactions.executeWithoutResult((status) -> {
			assertThat(this.credits.tryCharge(id, 7)).isTrue();
			assertThat(this.credits.balance(id)).isEqualTo(3);
			status.setRollbackOnly();
		});

		assertThat(this.credits.balance(id)).isEqualTo(10);
	}

	@Test
	void grantAddsCredits() {
		long id = this.users.findOrCreate(newSub(), null).id();
		this.credits.grant(id, 25);
		assertThat(this.credits.balance(id)).isEqualTo(35);
	}

	@Test
	void unknownUsers() {
		assertThat(this.users.find(Long.MAX_VALUE)).isEmpty();
		assertThat(this.credits.tryCharge(Long.MAX_VALUE, 1)).isFalse();
		assertThatThrownBy(() -> this.credits.balance(Long.MAX_VALUE)).isInstanceOf(UserNotFound.class);
		assertThatThrownBy(() -> this.credits.grant(Long.MAX_VALUE, 1)).isInstanceOf(UserNotFound.class);
	}

	@Test
	void negativeAmountsAreProgrammingErrors() {
		long id = this.users.findOrCreate(newSub(), null).id();
		assertThatIllegalArgumentException().isThrownBy(() -> this.credits.tryCharge(id, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.credits.grant(id, -1));
		assertThat(this.credits.balance(id)).isEqualTo(10);
	}

	private static String newSub() {
		return "user_" + UUID.randomUUID();
	}

}
