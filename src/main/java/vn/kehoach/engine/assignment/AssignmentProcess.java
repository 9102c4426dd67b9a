package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.ProcessVariable.of;

import java.util.Date;
import vn.kehoach.engine.ProcessVariable;

/** The BPMN process {@code assignment} (processes/assignment.bpmn): one unit carrying out one assignment. */
public final class AssignmentProcess {

  public static final String KEY = "assignment";
  /** Correlated when the unit's own plan is issued ({@code ReceiveTask_OwnPlanIssued}). */
  public static final String OWN_PLAN_ISSUED_MESSAGE = "OwnPlanIssued";

  /** Element ids, as in the BPMN file. */
  public static final class Elements {
    public static final String START = "StartEvent_AssignmentStarted";
    public static final String PREPARE = "ServiceTask_PrepareAssignment";
    public static final String DEADLINE_KIND = "Gateway_DeadlineKind";
    public static final String SCHEDULE_DEADLINE = "ServiceTask_ScheduleDeadline";
    public static final String WORK_TO_DEADLINE = "SubProcess_WorkToDeadline";
    public static final String EXECUTE = "Task_ExecuteAssignment";
    public static final String OPEN_OWN_PLAN = "ServiceTask_OpenOwnPlan";
    public static final String WAIT_FOR_OWN_PLAN = "ReceiveTask_OwnPlanIssued";
    public static final String DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String DEADLINE_MOVED = "EndEvent_DeadlineMoved";
    public static final String REMINDER = "BoundaryEvent_Reminder";
    public static final String SEND_REMINDER = "ServiceTask_SendReminder";
    public static final String DEADLINE_MISSED = "BoundaryEvent_DeadlineMissed";
    public static final String RECORD_ESCALATION = "ServiceTask_RecordEscalation";
    public static final String URGE = "Task_UrgeAssignment";
    public static final String GRACE_PERIOD_OVER = "BoundaryEvent_GracePeriodOver";
    public static final String ESCALATE_TO_SIGNER = "ServiceTask_EscalateToSigner";
    public static final String URGE_BY_SIGNER = "Task_UrgeBySigner";
    public static final String DEADLINE_EXTENDED = "BoundaryEvent_DeadlineExtended";
    public static final String ONGOING_WORK = "SubProcess_OngoingWork";
    public static final String EXECUTE_ONGOING = "Task_ExecuteOngoingAssignment";
    public static final String REPORT_WINDOW_OPENS = "TimerEvent_ReportWindowOpens";
    public static final String PERIODIC_REPORT = "Task_PeriodicReport";
    public static final String RECORD_RESULT = "ServiceTask_RecordAssignmentResult";
    public static final String DONE = "EndEvent_AssignmentDone";

    private Elements() {}
  }

  /** Variables of the assignment process; the plan's own ({@code planId}, {@code planTitle} ...) come in from the call activity. */
  public static final class Vars {
    public static final ProcessVariable<String> UNIT = of("assignmentUnit", String.class);
    public static final ProcessVariable<String> UNIT_NAME = of("assignmentUnitName", String.class);
    public static final ProcessVariable<String> ROLE_TEXT = of("assignmentRoleText", String.class);
    public static final ProcessVariable<String> TASK = of("assignmentTask", String.class);
    public static final ProcessVariable<String> DEADLINE = of("assignmentDeadline", String.class);
    /** True for a deadline with a date (DUE, RELATIVE); false for ongoing or recurring work. */
    public static final ProcessVariable<Boolean> HAS_DUE_DATE = of("hasDueDate", Boolean.class);
    /** The instant from which the work is late; the user task's due date and the deadline timer. */
    public static final ProcessVariable<Date> DUE = of("assignmentDue", Date.class);
    public static final ProcessVariable<String> DUE_TEXT = of("assignmentDueText", String.class);
    public static final ProcessVariable<String> ORIGINAL_DUE_TEXT = of("originalDueText", String.class);
    public static final ProcessVariable<Date> REMINDER_AT = of("reminderAt", Date.class);
    public static final ProcessVariable<Date> ESCALATE_TO_SIGNER_AT = of("escalateToSignerAt", Date.class);
    /** The unit's choice on its task: DONE (report the result) or EXTENSION (ask for more time). */
    public static final ProcessVariable<String> OUTCOME = of("outcome", String.class);
    public static final ProcessVariable<String> EXTENSION_REASON = of("extensionReason", String.class);
    /**
     * What the unit has done so far, typed when asking for more time (optional): the signer reads it when deciding,
     * and the next work task opens with it in the report field, so that nothing typed is lost.
     */
    public static final ProcessVariable<String> EXTENSION_PROGRESS = of("extensionProgress", String.class);
    public static final ProcessVariable<Object> EXTENSION_DUE_DATE = of("extensionDueDate", Object.class);
    public static final ProcessVariable<String> URGE_NOTE = of("urgeNote", String.class);
    public static final ProcessVariable<Date> NEXT_REPORT_AT = of("nextReportAt", Date.class);
    public static final ProcessVariable<Date> NEXT_REPORT_DUE = of("nextReportDue", Date.class);
    public static final ProcessVariable<String> NEXT_REPORT_DUE_TEXT = of("nextReportDueText", String.class);
    /** "kỳ báo cáo từ 15/12/2025 đến 14/12/2026" for a report calendar, else "". */
    public static final ProcessVariable<String> NEXT_REPORT_PERIOD_TEXT = of("nextReportPeriodText", String.class);
    /** A phased assignment's phases, each phase's end a reporting point: "giai đoạn 1: từ … đến …; …", else "". */
    public static final ProcessVariable<String> PHASES_TEXT = of("assignmentPhasesText", String.class);
    public static final ProcessVariable<String> PERIODIC_REPORT = of("periodicReport", String.class);
    /** True when the unit is to issue its own plan ("xây dựng kế hoạch"), from the assignment's row. */
    public static final ProcessVariable<Boolean> OWN_PLAN = of("ownPlan", Boolean.class);
    /** True when the unit's own plan was already issued as the workflow reached it. */
    public static final ProcessVariable<Boolean> OWN_PLAN_ISSUED = of("ownPlanIssued", Boolean.class);
    /** The unit's own plan in force, for links from the task and Cockpit. */
    public static final ProcessVariable<Long> OWN_PLAN_ID = of("ownPlanId", Long.class);

    private Vars() {}
  }

  /** The values of {@code outcome}. */
  public enum Outcome { DONE, EXTENSION }

  private AssignmentProcess() {}
}
