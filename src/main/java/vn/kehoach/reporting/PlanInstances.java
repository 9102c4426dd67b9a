package vn.kehoach.reporting;

import java.util.Collection;
import java.util.Map;

/**
 * The workflow instances of plans, as the process engine keeps them (implemented beside the engine): Cockpit shows
 * a running instance at {@code #/process-instance/{id}}; the plans' tables do not keep the assignments' instances.
 */
public interface PlanInstances {

  /**
   * A workflow instance: its id, whether it is still running (Cockpit's community edition shows only those), and the
   * id of its workflow's definition (version), whose instances Cockpit lists and searches.
   */
  record Instance(String id, boolean running, String definitionId) {}

  /**
   * @param lifecycles each plan's lifecycle instance, by plan id
   * @param assignments the instance carrying out each assignment, by assignment id; none before the plan is issued
   */
  record Found(Map<Long, Instance> lifecycles, Map<Long, Instance> assignments) {

    public static final Found NONE = new Found(Map.of(), Map.of());
  }

  /** The instances of these plans, running or ended. */
  Found of(Collection<Long> planIds);
}
