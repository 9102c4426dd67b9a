package vn.kehoach.engine.task;

import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.Plan;

/**
 * What a task says in Tasklist and Cockpit, from the plan's own tables: its name ("Thực hiện nhiệm vụ 01-KH/TU — Ban
 * TG&DV: Tuyên truyền …", or "(dự thảo)" before the plan has a number), a description with the task and its
 * deadline as written, and a priority that means something. The BPMN element's name is the fixed first part, so
 * Cockpit's diagram reads as the process and not as one plan.
 */
@Component
public class TaskLabels {

  /** Camunda's task name column holds 255 characters. */
  static final int NAME_LENGTH = 255;
  static final int DESCRIPTION_LENGTH = 4000;
  /** A task past its due date, or about a late assignment, comes first in a list sorted by priority. */
  public static final int PRIORITY_OVERDUE = 80;
  public static final int PRIORITY_NORMAL = 50;

  public record TaskLabel(String name, String description, int priority) {}

  private final Organisation organisation;

  public TaskLabels(Organisation organisation) {
    this.organisation = organisation;
  }

  /**
   * @param step the BPMN element's name, e.g. "Thực hiện nhiệm vụ"
   * @param assignment null for the tasks of the plan's lifecycle
   */
  public TaskLabel of(String step, Plan plan, Assignment assignment, Date due, Instant now) {
    String number = plan.number() == null ? "(dự thảo)" : plan.number().text();
    String who = assignment != null ? shortName(assignment.unit())
        : plan.externalIssuer() != null ? ProcessText.cut(plan.externalIssuer(), EXTERNAL_ISSUER_LENGTH)
        : shortName(plan.issuer());
    String what = assignment == null ? plan.title() : assignment.task();
    String head = step + " " + number + " — " + who + ": ";
    String name = head + ProcessText.cut(what, NAME_LENGTH - head.length());
    boolean late = due != null && due.toInstant().isBefore(now)
        || assignment != null && !assignment.done() && assignment.deadline().lateFrom() != null
        && !assignment.deadline().lateFrom().isAfter(now);
    int priority = late ? PRIORITY_OVERDUE : PRIORITY_NORMAL;
    return new TaskLabel(name, ProcessText.cut(description(plan, number, assignment), DESCRIPTION_LENGTH), priority);
  }

  private String description(Plan plan, String number, Assignment assignment) {
    StringBuilder text = new StringBuilder();
    if (assignment != null) {
      text.append("Nhiệm vụ: ").append(assignment.task()).append('\n')
          .append("Thời hạn: ").append(assignment.deadline().phrase());
      if (assignment.deadline().dueDate() != null) {
        text.append(" (hạn hoàn thành ").append(assignment.deadline().dueText()).append(')');
      }
      text.append('\n').append("Đơn vị: ").append(name(assignment.unit())).append(" (")
          .append(assignment.role().label()).append(")\n");
    }
    text.append("Kế hoạch ").append(number).append(": ").append(plan.title()).append('\n')
        .append("Cơ quan ban hành: ").append(plan.issuerName(organisation));
    return text.toString();
  }

  /** An issuer outside the organisation has no short name: its name as written, cut to keep the task name short. */
  private static final int EXTERNAL_ISSUER_LENGTH = 40;

  private String shortName(String unit) {
    return organisation.unit(unit).map(u -> u.shortName() == null ? u.name() : u.shortName()).orElse(unit);
  }

  private String name(String unit) {
    return organisation.unit(unit).map(Unit::name).orElse(unit);
  }
}
