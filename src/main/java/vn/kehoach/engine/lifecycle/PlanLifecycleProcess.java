package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.ProcessVariable.of;

import java.util.List;
import vn.kehoach.engine.ProcessVariable;

/** The BPMN process {@code plan-lifecycle} (processes/plan-lifecycle.bpmn): its key, element ids and variables. */
public final class PlanLifecycleProcess {

  public static final String KEY = "plan-lifecycle";

  /** Element ids, as in the BPMN file. */
  public static final class Elements {
    public static final String START = "StartEvent_PlanCreated";
    public static final String ORIGIN = "Gateway_Origin";
    public static final String RECORD_ISSUED_ELSEWHERE = "ServiceTask_RecordIssuedElsewhere";
    public static final String DRAFT = "Task_DraftPlan";
    public static final String REVIEW = "Task_ReviewPlan";
    public static final String REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String SIGN = "Task_SignPlan";
    public static final String SIGN_DECISION = "Gateway_SignDecision";
    public static final String REJECT = "ServiceTask_RejectPlan";
    public static final String REJECTED = "EndEvent_PlanRejected";
    public static final String ISSUE = "ServiceTask_IssuePlan";
    public static final String DISSEMINATE = "ServiceTask_DisseminatePlan";
    public static final String FORK = "Gateway_ForkExecution";
    public static final String ACKNOWLEDGE = "Task_AcknowledgePlan";
    public static final String EXECUTE = "CallActivity_ExecuteAssignment";
    public static final String JOIN = "Gateway_JoinExecution";
    public static final String COLLECT_REPORTS = "ServiceTask_CollectUnitReports";
    public static final String CONSOLIDATE = "Task_ConsolidateReport";
    public static final String ACCEPT_REPORT = "Task_AcceptReport";
    public static final String REPORT_DECISION = "Gateway_ReportDecision";
    public static final String CLOSE = "ServiceTask_ClosePlan";
    public static final String CLOSED = "EndEvent_PlanClosed";
    /** Interim and final reviews (sơ kết, tổng kết) at the plan's dates, beside the execution. */
    public static final String WORK_ENDED = "Gateway_WorkEnded";
    public static final String FINAL_REVIEW_REACHED = "BoundaryEvent_FinalReviewReached";
    public static final String REVIEW_DATES = "Gateway_ReviewDates";
    public static final String AWAIT_INTERIM = "Gateway_AwaitInterimReview";
    public static final String INTERIM_TIMER = "Timer_InterimReview";
    public static final String ENDED_BEFORE_INTERIM = "Event_WorkEndedBeforeInterim";
    public static final String COLLECT_INTERIM_REPORTS = "ServiceTask_CollectInterimReports";
    public static final String CONSOLIDATE_INTERIM = "Task_ConsolidateInterimReport";
    public static final String ACCEPT_INTERIM_REPORT = "Task_AcceptInterimReport";
    public static final String INTERIM_DECISION = "Gateway_InterimReportDecision";
    public static final String FINAL_DATE = "Gateway_FinalReviewDate";
    public static final String AWAIT_FINAL = "Gateway_AwaitFinalReview";
    public static final String FINAL_TIMER = "Timer_FinalReview";
    public static final String ENDED_BEFORE_FINAL = "Event_WorkEndedBeforeFinal";
    public static final String FINAL_REVIEW_DUE = "ServiceTask_FinalReviewDue";
    public static final String REVIEWS_DONE = "Gateway_ReviewsDone";

    private Elements() {}
  }

  /** Variables of the lifecycle only (the shared ones are in PlanVariables); the forms bind to the same names. */
  public static final class Vars {
    public static final ProcessVariable<String> DRAFTER_NAME = of("drafterName", String.class);
    public static final ProcessVariable<String> IMPLEMENTS_TEXT = of("implementsText", String.class);
    public static final ProcessVariable<String> ASSIGNMENTS_TEXT = of("assignmentsText", String.class);
    public static final ProcessVariable<String> RETURN_COMMENT = of("returnComment", String.class);
    public static final ProcessVariable<String> UNIT_REPORTS = of("unitReports", String.class);
    /** Transient: the fan-out collections, read from the plan's tables when the plan is disseminated. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ProcessVariable<List<String>> ACKNOWLEDGING_UNITS = of("acknowledgingUnits", (Class) List.class);
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ProcessVariable<List<Long>> ASSIGNMENT_IDS = of("assignmentIds", (Class) List.class);
    /** 08:00 in Vietnam of the plan's review days, read from the plan's row at dissemination; absent without a date. */
    public static final ProcessVariable<java.util.Date> INTERIM_REVIEW_AT = of("interimReviewAt", java.util.Date.class);
    public static final ProcessVariable<java.util.Date> FINAL_REVIEW_AT = of("finalReviewAt", java.util.Date.class);
    /** Set by the engine: the execution branch ended (all work reported, or interrupted at the final review). */
    public static final ProcessVariable<Boolean> WORK_ENDED = of("workEnded", Boolean.class);
    /** Set at the final review date: interrupts the execution branch. */
    public static final ProcessVariable<Boolean> FINAL_REVIEW_DUE = of("finalReviewDue", Boolean.class);
    /** Multi-instance element variables. */
    public static final ProcessVariable<String> RECIPIENT_UNIT = of("recipientUnit", String.class);

    private Vars() {}
  }

  private PlanLifecycleProcess() {}
}
