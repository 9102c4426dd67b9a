package vn.kehoach.engine;

import static vn.kehoach.engine.ProcessVariable.of;

/**
 * The variables both processes share: the plan's lifecycle passes them to each assignment's process. Written only by
 * the system (the start, the delegates, the call activity); a task cannot set them (TaskInputGuard).
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

  private PlanVariables() {}
}
