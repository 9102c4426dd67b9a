package vn.kehoach.cascade;

/** The workflow side of the cascade, implemented on the process engine. */
public interface OwnPlanWorkflow {

  /** The unit's own plan for this assignment is issued: the assignment's workflow stops waiting for it. */
  void ownPlanIssued(long assignmentId);
}
