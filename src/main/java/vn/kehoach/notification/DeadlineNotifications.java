package vn.kehoach.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Person;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.Plan;

/** The Vietnamese e-mails of reminders and escalations, to the members of the units concerned. */
@Service
public class DeadlineNotifications {

  private final Notifier notifier;
  private final Organisation organisation;

  public DeadlineNotifications(Notifier notifier, Organisation organisation) {
    this.notifier = notifier;
    this.organisation = organisation;
  }

  /** Before the deadline: to the unit that must do the work. */
  public void reminder(Plan plan, Assignment assignment) {
    notifier.send(new Notification(membersOf(assignment.unit()),
        "[Nhắc việc] Sắp đến hạn: " + planName(plan),
        "Kính gửi: " + unitName(assignment.unit()) + "\n\n"
            + "Nhiệm vụ được giao trong " + planName(plan) + " của " + plan.issuerName(organisation)
            + " sắp đến hạn.\n\n" + details(assignment)
            + "\nĐề nghị đơn vị hoàn thành và báo cáo kết quả đúng hạn.\n"));
  }

  /** Level 1 goes to the monitoring unit, level 2 to the signer; the unit that must do the work is told each time. */
  public void escalation(Plan plan, Assignment assignment, int level, String signerRole) {
    Set<String> to = new LinkedHashSet<>(membersOf(assignment.unit()));
    to.addAll(level == 1 ? membersOf(plan.monitoringUnit()) : holdersOf(signerRole));
    String who = level == 1 ? unitName(plan.monitoringUnit()) : "người ký ban hành";
    notifier.send(new Notification(List.copyOf(to),
        "[Đôn đốc" + (level == 2 ? " - cấp 2" : "") + "] Quá hạn: " + planName(plan),
        "Nhiệm vụ được giao cho " + unitName(assignment.unit()) + " trong " + planName(plan) + " của "
            + plan.issuerName(organisation) + " đã quá hạn và chưa có báo cáo kết quả.\n\n" + details(assignment)
            + "\nViệc đôn đốc được chuyển tới: " + who + ".\n"));
  }

  private static String details(Assignment assignment) {
    return "Nhiệm vụ: " + assignment.task() + "\n"
        + "Thời hạn (theo văn bản): " + assignment.deadline().phrase() + "\n"
        + "Hạn hoàn thành: " + assignment.deadline().dueText() + "\n";
  }

  private static String planName(Plan plan) {
    return (plan.number() == null ? "Kế hoạch" : "Kế hoạch số " + plan.number().text()) + " \"" + plan.title() + "\"";
  }

  private String unitName(String unitId) {
    return organisation.unit(unitId).map(Unit::name).orElse(unitId);
  }

  private List<String> membersOf(String unitId) {
    return organisation.people().stream().filter(p -> p.units().contains(unitId)).map(Person::email)
        .filter(e -> e != null && !e.isBlank()).toList();
  }

  private List<String> holdersOf(String role) {
    return organisation.people().stream().filter(p -> p.roles().contains(role)).map(Person::email)
        .filter(e -> e != null && !e.isBlank()).toList();
  }
}
