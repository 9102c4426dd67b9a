package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.ProcessVariable.of;

import java.util.Date;
import vn.kehoach.engine.ProcessVariable;

/** The BPMN process {@code assignment} (processes/assignment.bpmn): one unit carrying out one assignment. */
public final class AssignmentProcess {

  public static final String KEY = "assignment";

  /** Element ids, as in the BPMN file. */
  public static final class Elements {
    public static final String START = "StartEvent_AssignmentStarted";
    public static final String PREPARE = "ServiceTask_PrepareAssignment";
    public static final String EXECUTE = "Task_ExecuteAssignment";
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
    /** The instant from which the work is late; the user task's due date. Null for ongoing work. */
    public static final ProcessVariable<Date> DUE = of("assignmentDue", Date.class);
    public static final ProcessVariable<String> DUE_TEXT = of("assignmentDueText", String.class);

    private Vars() {}
  }

  private AssignmentProcess() {}
}
