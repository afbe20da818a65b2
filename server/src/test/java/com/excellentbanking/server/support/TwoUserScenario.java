package com.excellentbanking.server.support;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the full-app scenarios: the running service over HTTP and two fresh users, so
 * every test can check that one user's ids are nothing to the other.
 */
public abstract class TwoUserScenario {

	@LocalServerPort
	protected int port;

	protected Api api;

	protected String alice;

	protected String bob;

	@TempDir
	protected Path scratch;

	@BeforeEach
	void signInTwoUsers() {
		this.api = new Api("http://127.0.0.1:" + this.port);
		String suffix = Long.toString(System.nanoTime());
		this.alice = this.api.devToken("alice-" + suffix);
		this.bob = this.api.devToken("bob-" + suffix);
	}

	/** Waits for one of alice's tasks to end and checks how it ended. */
	protected JsonNode awaitTask(String taskId, String expectedStatus) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
			String status = this.api.get("/tasks/" + taskId, this.alice).json().get("status").asString();
			return status.equals("succeeded") || status.equals("failed");
		});
		JsonNode task = this.api.get("/tasks/" + taskId, this.alice).json();
		assertThat(task.get("status").asString()).as(task.toString()).isEqualTo(expectedStatus);
		assertThat(task.get("finished_at").asString()).endsWith("Z");
		return task;
	}

}
