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
    /** Multi-instance element variables. */
    public static final ProcessVariable<String> RECIPIENT_UNIT = of("recipientUnit", String.class);

    private Vars() {}
  }

  private PlanLifecycleProcess() {}
}
