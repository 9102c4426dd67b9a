package vn.kehoach.engine.config;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
/** Replaces Camunda's own indicator, which fails to start when the job executor is switched off.
 * Whether this node's job executor runs (timers, escalations), how many jobs are due and how many have failed
 * with no retries left (those need an operator in Cockpit).
 */
@Component("jobExecutorHealthIndicator")
public class JobExecutorHealthIndicator implements HealthIndicator {

  private final ProcessEngineConfigurationImpl configuration;
  private final ManagementService management;

  public JobExecutorHealthIndicator(ProcessEngineConfigurationImpl configuration, ManagementService management) {
    this.configuration = configuration;
    this.management = management;
  }

  @Override
  public Health health() {
    JobExecutor executor = configuration.getJobExecutor();
    boolean active = executor != null && executor.isActive();
    long due = management.createJobQuery().executable().duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).count();
    long failed = management.createJobQuery().noRetriesLeft().count();
    Health.Builder health = configuration.isJobExecutorActivate() && !active ? Health.down() : Health.up();
    return health.withDetail("active", active).withDetail("dueJobs", due).withDetail("failedJobs", failed).build();
  }
}
