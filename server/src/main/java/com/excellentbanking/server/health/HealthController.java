package com.excellentbanking.server.health;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.excellentbanking.server.storage.BlobStore;

/** SPEC §2: {@code GET /health} answers 200 once the database and the storage answer. */
@RestController
class HealthController {

	private final JdbcClient jdbc;

	private final BlobStore blobs;

	HealthController(JdbcClient jdbc, BlobStore blobs) {
		this.jdbc = jdbc;
		this.blobs = blobs;
	}

	@GetMapping("/health")
	ResponseEntity<Map<String, String>> health() {
		boolean database = databaseAnswers();
		boolean storage = storageAnswers();
		if (database && storage) {
			return ResponseEntity.ok(Map.of("status", "ok"));
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(Map.of("status", "unavailable", "database", database ? "ok" : "down", "storage",
					storage ? "ok" : "down"));
	}

	private boolean databaseAnswers() {
		try {
			return this.jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private boolean storageAnswers() {
		try {
			return this.blobs.isHealthy();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
