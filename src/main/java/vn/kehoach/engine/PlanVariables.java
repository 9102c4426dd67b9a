package vn.kehoach.engine;

import static vn.kehoach.engine.ProcessVariable.of;

/**
 * The variables both processes share, in one place: the plan's own, which its lifecycle passes to each assignment's
 * process, and the answers of the tasks both processes have (decisions, reports). The plan's are written only by the
 * system (the start, the delegates, the call activity): no task accepts them (TaskInputGuard).
 */
public final class PlanVariables {

  public static final ProcessVariable<Long> PLAN_ID = of("planId", Long.class);
  public static final ProcessVariable<Long> ASSIGNMENT_ID = of("assignmentId", Long.class);
  public static final ProcessVariable<String> PLAN_TITLE = of("planTitle", String.class);
  /** The title cut to fit in a task name (Camunda keeps at most 255 characters). */
  public static final ProcessVariable<String> PLAN_SHORT_TITLE = of("planShortTitle", String.class);
  public static final ProcessVariable<String> PLAN_NUMBER = of("planNumber", String.class);
  public static final ProcessVariable<String> PLAN_ISSUED_ON_TEXT = of("planIssuedOnText", String.class);
  public static final ProcessVariable<String> ISSUER_NAME = of("issuerName", String.class);
  public static final ProcessVariable<String> MONITORING_NAME = of("monitoringName", String.class);

  /** Decision tasks complete with {@code decision} = APPROVE | RETURN | REJECT and a {@code comment}. */
  public static final ProcessVariable<String> DECISION = of("decision", String.class);
  public static final ProcessVariable<String> COMMENT = of("comment", String.class);
  /** Report tasks (a unit's result, the consolidated report) complete with {@code report}. */
  public static final ProcessVariable<String> REPORT = of("report", String.class);
  /** Who decided, set by the system on completion, for the step that records the decision. */
  public static final ProcessVariable<String> DECIDED_BY = of("decidedBy", String.class);
  /** Who reported, set by the system on completion, for the step that records the result. */
  public static final ProcessVariable<String> REPORTED_BY = of("reportedBy", String.class);

  private PlanVariables() {}
}
