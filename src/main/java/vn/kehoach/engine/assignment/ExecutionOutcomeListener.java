package vn.kehoach.engine.assignment;

import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.ASSIGNMENT_ID;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.REPORT;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.engine.assignment.AssignmentProcess.Outcome;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;
import vn.kehoach.engine.lifecycle.ReportTaskListener;
import vn.kehoach.engine.lifecycle.TaskActor;
import vn.kehoach.plan.InvalidPlanException;
import vn.kehoach.plan.PlanConflictException;
import vn.kehoach.plan.PlanService;

/**
 * The unit's task on dated work ends either with its result ({@code outcome} DONE, with a {@code report}) or with a
 * request for more time ({@code outcome} EXTENSION, with {@code extensionReason} and {@code extensionDueDate}).
 * On create the previous choice is cleared so that the form opens empty.
 */
@Component("executionOutcomeListener")
public class ExecutionOutcomeListener implements TaskListener {

  private final PlanService plans;
  private final ReportTaskListener reports;
  private final TaskActor actor;

  public ExecutionOutcomeListener(PlanService plans, ReportTaskListener reports, TaskActor actor) {
    this.plans = plans;
    this.reports = reports;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(Vars.OUTCOME.name());
      task.getExecution().removeVariable(Vars.EXTENSION_REASON.name());
      task.getExecution().removeVariable(Vars.EXTENSION_DUE_DATE.name());
      return;
    }
    Object outcome = task.getVariable(Vars.OUTCOME.name());
    if (outcome == null || Outcome.DONE.name().equals(outcome)) {
      reports.notify(task);
      Vars.OUTCOME.on(task.getExecution(), Outcome.DONE.name());
    } else if (Outcome.EXTENSION.name().equals(outcome)) {
      requestExtension(task);
    } else {
      throw new NotValidException("outcome '" + outcome + "' is not one of DONE, EXTENSION");
    }
  }

  private void requestExtension(DelegateTask task) {
    Object reason = task.getVariable(Vars.EXTENSION_REASON.name());
    if (reason instanceof String text && text.length() > ProcessText.MAX) {
      throw new NotValidException("extensionReason is longer than " + ProcessText.MAX + " characters");
    }
    try {
      plans.requestExtension(ASSIGNMENT_ID.from(task), (String) task.getVariable(Vars.EXTENSION_REASON.name()),
          date(task.getVariable(Vars.EXTENSION_DUE_DATE.name())), actor.of(task));
    } catch (InvalidPlanException | PlanConflictException e) {
      throw new NotValidException(e.getMessage());
    }
    task.getExecution().removeVariable(REPORT.name());
  }

  /** A date from a form ("2024-05-15", maybe with a time) or from an API client (a Date). */
  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), Deadline.VIETNAM);
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new NotValidException("extensionDueDate '" + text + "' is not a date yyyy-mm-dd (ngày không hợp lệ)");
    }
  }

}
