package com.excellentbanking.server.user;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	private final Users users;

	MeController(Users users) {
		this.users = users;
	}

	@GetMapping("/me")
	MeResponse me(AuthenticatedUser caller) {
		return this.users.find(caller.id()).map(MeResponse::of).orElseThrow(UserNotFound::new);
	}

}
