package com.excellentbanking.server.task;

/** Lets a running task say how far it has come, in percent. */
@FunctionalInterface
public interface TaskProgress {

	void report(int percent);

}
