package vn.kehoach.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** What the nightly job does, at once: the engine's history cleanup, run again while it has more due. */
public final class HistoryCleanupRuns {

  /** Returns how many times the cleanup job ran (at most {@code maxRuns}). */
  public static int untilNothingDue(ProcessEngine engine, int maxRuns) {
    Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
    int runs = 0;
    while (job != null && !job.getDuedate().after(ClockUtil.getCurrentTime()) && runs < maxRuns) {
      engine.getManagementService().executeJob(job.getId());
      runs++;
      job = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    }
    return runs;
  }

  private HistoryCleanupRuns() {}
}
