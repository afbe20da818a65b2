package com.excellentbanking.server.auth;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Token minting and key publication of the dev issuer; absent in Clerk mode. */
@RestController
@ConditionalOnProperty(name = "eb.auth.mode", havingValue = "dev", matchIfMissing = true)
class DevAuthController {

	private final DevIssuer issuer;

	DevAuthController(DevIssuer issuer) {
		this.issuer = issuer;
	}

	@PostMapping("/dev/token")
	DevTokenResponse token(@Valid @RequestBody DevTokenRequest request) {
		String email = (request.email() != null && !request.email().isBlank()) ? request.email().strip() : null;
		return new DevTokenResponse(this.issuer.mint(request.sub(), email));
	}

	@GetMapping("/dev/jwks.json")
	Map<String, Object> jwks() {
		return this.issuer.publicKeysJson();
	}

}
