package com.excellentbanking.server.task;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the {@link QueuedTaskSweeper} looks for tasks an instance committed but never
 * handed to the job system. {@code sweepGrace} must stay well above the time a healthy
 * instance takes from commit to dispatch, or live tasks get announced twice (harmless,
 * but noise).
 */
@ConfigurationProperties("eb.tasks")
record TaskSettings(@DefaultValue("PT2M") Duration sweepGrace, @DefaultValue("PT1M") Duration sweepInterval) {

}
