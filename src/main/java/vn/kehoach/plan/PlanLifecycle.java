package vn.kehoach.plan;

/** The workflow that carries a plan from draft to close; implemented on the process engine. */
public interface PlanLifecycle {

  /** Starts the lifecycle of a stored plan and returns the workflow instance's id. */
  String start(Plan plan);

  /** After the draft was edited: the running workflow shows the plan as it now is (forms, task names). */
  void refresh(Plan plan);

  /**
   * After the draft was edited: the units and bodies the edit brought into the plan ({@link PlanAccess#participants})
   * may follow its workflow, those it left out no longer may.
   */
  void regrant(Plan before, Plan after);
}
