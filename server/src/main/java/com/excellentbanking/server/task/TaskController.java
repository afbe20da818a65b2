package com.excellentbanking.server.task;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.excellentbanking.server.user.AuthenticatedUser;

@RestController
class TaskController {

	private final Tasks tasks;

	TaskController(Tasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/tasks/{task_id}")
	TaskResponse get(@PathVariable("task_id") UUID taskId, AuthenticatedUser user) {
		return this.tasks.findForUser(taskId, user.id()).map(TaskResponse::of).orElseThrow(TaskNotFound::new);
	}

}
