package vn.kehoach.engine.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.kehoach.support.PlanFixtures.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.deadline.DeadlineKind;
import vn.kehoach.engine.task.TaskLabels;
import vn.kehoach.engine.assignment.AssignmentProcess.Elements;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanRequest.RecipientRequest;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.ProcessTest;
import vn.kehoach.support.Workflow;

/**
 * Deadlines enforced by timers, on the working-day calendar, tested by moving the engine clock: reminder, first
 * and second escalation, on-time and late completion, extensions approved and refused, work overdue at issue,
 * ongoing and recurring work with its periodic reports, unread deadlines blocking signature, and the e-mails.
 */
@ProcessTest
class DeadlineEnforcementProcessTest {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(ProcessTest.SMTP_PORT, "127.0.0.1", "smtp"));

  /** Tuesday 1 April 2025, 09:00 in Vietnam: the day most plans of this test are signed. */
  private static final String SIGNING_DAY = "2025-04-01T09:00:00+07:00";

  @Autowired Workflow workflow;
  @Autowired PlanService plans;
  @Autowired AssignmentService assignments;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;
  @Autowired JavaMailSender mailSender;

  /**
   * E-mail left in the outbox for a later attempt must not arrive in this test: the other process tests share this
   * database and send to no SMTP server, and a test's e-mail can fail while GreenMail restarts for the next.
   */
  @BeforeEach
  void emptyOutbox() {
    jdbc.sql("delete from mail_outbox").update();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void remindsBeforeTheDeadlineThenEscalatesToTheMonitoringUnitThenToTheSigner() throws Exception {
    Plan plan = issuedAt(SIGNING_DAY, assignment(PROPAGANDA, "Tuyên truyền, phổ biến xong trong tháng 4/2025"));
    Assignment assignment = only(plan);
    assertThat(assignment.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));

    // 30/4 and 1/5 are holidays and Friday 2/5/2025 was swapped for Saturday 26/4, a working day:
    // the three working days before 30/4 are 29/4, 28/4 and Saturday 26/4.
    assertThat(timer(plan, Elements.REMINDER)).isEqualTo(at("2025-04-26T08:00:00+07:00"));
    assertThat(timer(plan, Elements.DEADLINE_MISSED)).isEqualTo(at("2025-05-01T00:00:00+07:00"));
    // five working days after 30/4 (1/5 holiday, 2/5 swapped off, then the weekend): 5/5 to 9/5, so from 10/5.
    assertThat(timer(plan, Elements.GRACE_PERIOD_OVER)).isEqualTo(at("2025-05-10T00:00:00+07:00"));
    Task work = workflow.task(plan, Elements.EXECUTE);
    assertThat(work.getDueDate()).isEqualTo(date("2025-05-01T00:00:00+07:00"));
    assertThat(work.getName()).as("what the task is, whose, under which plan").isEqualTo("Thực hiện nhiệm vụ "
        + workflow.reload(plan).number().text() + " — Ban TG&DV: Nhiệm vụ có thời hạn: Tuyên truyền, phổ biến xong trong "
        + "tháng 4/2025");
    assertThat(work.getDescription()).contains("Thời hạn: Tuyên truyền, phổ biến xong trong tháng 4/2025")
        .contains("(hạn hoàn thành 30/04/2025)").contains("Ban Tuyên giáo và Dân vận Tỉnh ủy");
    assertThat(work.getPriority()).isEqualTo(TaskLabels.PRIORITY_NORMAL);

    moveClockTo("2025-04-25T17:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isZero();
    moveClockTo("2025-04-26T08:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isEqualTo(1);
    assertThat(assignments.assignment(assignment.id()).remindedAt()).isEqualTo(at("2025-04-26T08:00:00+07:00"));
    assertThat(workflow.tasks(plan, Elements.URGE)).isEmpty();
    MimeMessage reminder = onlyMail();
    assertThat(reminder.getSubject()).startsWith("[Nhắc việc]").contains(plan.title());
    assertThat(recipients(reminder)).containsExactly("tuyengiao@demo.kehoach.invalid");
    assertThat(text(reminder)).contains("Hạn hoàn thành: 30/04/2025").contains("trong tháng 4/2025")
        .contains(workflow.reload(plan).number().text());
    assertThat(status(assignment)).isEqualTo(AssignmentStatus.IN_PROGRESS_ON_TIME);

    moveClockTo("2025-05-01T00:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isEqualTo(1);
    Task urge = workflow.task(plan, Elements.URGE);
    assertThat(candidateGroups(urge)).containsExactly(POLICE);
    assertThat(urge.getName()).startsWith("Đôn đốc " + workflow.reload(plan).number().text() + " — Ban TG&DV: ");
    assertThat(urge.getPriority()).as("about a late assignment").isEqualTo(TaskLabels.PRIORITY_OVERDUE);
    assertThat(workflow.task(plan, Elements.EXECUTE).getPriority()).as("the late unit's work comes first")
        .isEqualTo(TaskLabels.PRIORITY_OVERDUE);
    assertThat(assignments.assignment(assignment.id()).escalatedAt()).isEqualTo(at("2025-05-01T00:00:00+07:00"));
    assertThat(status(assignment)).isEqualTo(AssignmentStatus.IN_PROGRESS_OVERDUE);
    MimeMessage escalation = onlyMail();
    assertThat(escalation.getSubject()).startsWith("[Đôn đốc] Quá hạn");
    assertThat(recipients(escalation))
        .containsExactlyInAnyOrder("tuyengiao@demo.kehoach.invalid", "congan@demo.kehoach.invalid");

    assertThatThrownBy(() -> tasks.complete(urge.getId(), Map.of())).hasMessageContaining("urgeNote is required");
    tasks.complete(urge.getId(), Map.of("urgeNote", "Đã gọi điện đôn đốc, đơn vị hứa hoàn thành trước 09/5"));

    moveClockTo("2025-05-09T23:59:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isZero();
    moveClockTo("2025-05-10T00:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isEqualTo(1);
    assertThat(candidateGroups(workflow.task(plan, Elements.URGE_BY_SIGNER))).containsExactly(SIGNER);
    assertThat(assignments.assignment(assignment.id()).escalatedToSignerAt()).isEqualTo(at("2025-05-10T00:00:00+07:00"));
    MimeMessage toSigner = onlyMail();
    assertThat(toSigner.getSubject()).startsWith("[Đôn đốc - cấp 2]");
    assertThat(recipients(toSigner))
        .containsExactlyInAnyOrder("tuyengiao@demo.kehoach.invalid", "phobithu@demo.kehoach.invalid");

    tasks.complete(workflow.task(plan, Elements.URGE_BY_SIGNER).getId(),
        Map.of("urgeNote", "Yêu cầu hoàn thành ngay, báo cáo lý do chậm"));
    moveClockTo("2025-05-12T10:00:00+07:00");
    report(plan, "Đã tổ chức tuyên truyền (muộn do chờ tài liệu)");
    assertThat(status(assignment)).isEqualTo(AssignmentStatus.DONE_LATE);
    assertThat(workflow.timers(plan)).isEmpty();
    assertThat(workflow.reload(plan).history()).extracting(e -> e.step())
        .contains("REMINDER", "ESCALATION_1", Elements.URGE, "ESCALATION_2", Elements.URGE_BY_SIGNER);
  }

  @Test
  void workReportedBeforeTheDeadlineIsDoneOnTimeAndStopsItsTimers() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(PROPAGANDA, "trong tháng 4/2025"));
    moveClockTo("2025-04-20T10:00:00+07:00");
    report(plan, "Hoàn thành");

    assertThat(status(only(plan))).isEqualTo(AssignmentStatus.DONE_ON_TIME);
    assertThat(workflow.timers(plan)).isEmpty();
    moveClockTo("2025-06-01T00:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isZero();
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void anApprovedExtensionMovesTheDeadlineReArmsEveryTimerAndKeepsTheOriginal() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(PROPAGANDA, "trong tháng 4/2025"));
    Assignment assignment = only(plan);
    moveClockTo("2025-04-24T10:00:00+07:00");
    requestExtension(plan, "Chờ tài liệu hướng dẫn của tỉnh", "2025-05-20");

    Task decision = workflow.task(plan, Elements.DECIDE_EXTENSION);
    assertThat(candidateGroups(decision)).containsExactly(SIGNER);
    assertThat(workflow.tasks(plan, Elements.EXECUTE)).isEmpty();
    tasks.complete(decision.getId(), Map.of("decision", "APPROVE"));

    Assignment extended = assignments.assignment(assignment.id());
    assertThat(extended.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 5, 20));
    assertThat(extended.originalDueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(extended.extensionCount()).isEqualTo(1);
    assertThat(timer(plan, Elements.DEADLINE_MISSED)).isEqualTo(at("2025-05-21T00:00:00+07:00"));
    assertThat(timer(plan, Elements.REMINDER)).isEqualTo(at("2025-05-15T08:00:00+07:00"));
    assertThat(timer(plan, Elements.GRACE_PERIOD_OVER)).isEqualTo(at("2025-05-28T00:00:00+07:00"));
    assertThat(workflow.task(plan, Elements.EXECUTE).getDueDate()).isEqualTo(date("2025-05-21T00:00:00+07:00"));

    moveClockTo("2025-05-02T00:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).as("the old deadline no longer escalates").isZero();
    moveClockTo("2025-05-16T09:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).as("the re-armed reminder").isEqualTo(1);
    report(plan, "Hoàn thành trong thời hạn gia hạn");

    Assignment done = assignments.assignment(assignment.id());
    assertThat(done.status(now())).isEqualTo(AssignmentStatus.DONE_ON_TIME);
    assertThat(done.onTimeOnlyAfterExtension(now())).isTrue();
    assertThat(done.escalatedAt()).isNull();
    assertThat(assignments.extensions(assignment.id())).singleElement()
        .satisfies(r -> assertThat(r.decision()).isEqualTo("APPROVE"));
  }

  @Test
  void aRefusedExtensionLeavesTheDeadlineAndItsTimers() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(PROPAGANDA, "trong tháng 4/2025"));
    Assignment assignment = only(plan);
    moveClockTo("2025-04-24T10:00:00+07:00");
    requestExtension(plan, "Xin thêm thời gian", "2025-05-31");
    Task decision = workflow.task(plan, Elements.DECIDE_EXTENSION);

    assertThatThrownBy(() -> tasks.complete(decision.getId(), Map.of("decision", "REJECT")))
        .hasMessageContaining("comment is required with REJECT");
    tasks.complete(decision.getId(), Map.of("decision", "REJECT", "comment", "Nhiệm vụ cấp bách, không gia hạn"));

    assertThat(workflow.task(plan, Elements.EXECUTE).getDueDate()).isEqualTo(date("2025-05-01T00:00:00+07:00"));
    assertThat(timer(plan, Elements.DEADLINE_MISSED)).isEqualTo(at("2025-05-01T00:00:00+07:00"));
    Assignment refused = assignments.assignment(assignment.id());
    assertThat(refused.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(refused.extensionCount()).isZero();
    assertThat(assignments.extensions(assignment.id())).singleElement()
        .satisfies(r -> assertThat(r.decision()).isEqualTo("REJECT"));

    moveClockTo("2025-05-01T00:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).as("the reminder of 26/4 and the deadline").isEqualTo(2);
    assertThat(workflow.tasks(plan, Elements.URGE)).hasSize(1);
  }

  /** The known limit it lifts: asking for more time used to drop whatever the unit had written. */
  @Test
  void whatTheUnitHadDoneWhenAskingForMoreTimeReachesTheSignerAndOpensTheNextReport() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(PROPAGANDA, "trong tháng 4/2025"));
    Assignment assignment = only(plan);
    moveClockTo("2025-04-24T10:00:00+07:00");
    String progress = "Đã tổ chức 3 hội nghị tuyên truyền tại các xã, phường; còn 2 hội nghị chờ tài liệu của tỉnh";
    Map<String, Object> request = new HashMap<>(Map.of("outcome", "EXTENSION",
        "extensionReason", "Chờ tài liệu hướng dẫn của tỉnh", "extensionDueDate", "20/05/2025",
        "extensionProgress", progress, "report", "Báo cáo gõ trước khi chọn xin gia hạn"));
    tasks.complete(workflow.task(plan, Elements.EXECUTE).getId(), request);

    Task decision = workflow.task(plan, Elements.DECIDE_EXTENSION);
    assertThat(forms.getTaskFormVariables(decision.getId()).getValue("extensionProgress", String.class))
        .as("the signer reads it").isEqualTo(progress);
    assertThat(runtime.getVariable(decision.getExecutionId(), "report")).as("not a result").isNull();
    tasks.complete(decision.getId(), Map.of("decision", "REJECT", "comment", "Nhiệm vụ cấp bách, không gia hạn"));

    Task again = workflow.task(plan, Elements.EXECUTE);
    assertThat(forms.getTaskFormVariables(again.getId()).getValue("report", String.class))
        .as("refused: the report field opens with it").isEqualTo(progress);
    assertThat(forms.getTaskFormVariables(again.getId()).getValue("outcome", String.class)).isNull();
    String secondProgress = progress + "; đã in tài liệu";
    request.put("extensionProgress", secondProgress);
    request.remove("report");
    request.put("extensionDueDate", "15/05/2025");
    tasks.complete(again.getId(), request);
    tasks.complete(workflow.task(plan, Elements.DECIDE_EXTENSION).getId(), Map.of("decision", "APPROVE"));

    Task extended = workflow.task(plan, Elements.EXECUTE);
    assertThat(forms.getTaskFormVariables(extended.getId()).getValue("report", String.class))
        .as("approved: the report field opens with the latest").isEqualTo(secondProgress);
    tasks.complete(extended.getId(), Map.of("outcome", "DONE", "report", secondProgress + ". Đã hoàn thành cả 5 hội nghị"));
    assertThat(assignments.assignment(assignment.id()).report())
        .isEqualTo(secondProgress + ". Đã hoàn thành cả 5 hội nghị");
  }

  @Test
  void anExtensionRequestWithoutProgressLeavesTheNextReportEmpty() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(PROPAGANDA, "trong tháng 4/2025"));
    moveClockTo("2025-04-24T10:00:00+07:00");
    requestExtension(plan, "Chờ tài liệu hướng dẫn của tỉnh", "2025-05-20");
    tasks.complete(workflow.task(plan, Elements.DECIDE_EXTENSION).getId(), Map.of("decision", "APPROVE"));

    Task extended = workflow.task(plan, Elements.EXECUTE);
    assertThat(forms.getTaskFormVariables(extended.getId()).getValue("report", String.class)).isNull();
    assertThat(forms.getTaskFormVariables(extended.getId()).getValue("extensionProgress", String.class)).isNull();
  }

  @Test
  void anExtensionRequestNeedsAReasonAndALaterDate() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(PROPAGANDA, "trong tháng 4/2025"));
    Task work = workflow.task(plan, Elements.EXECUTE);

    assertThatThrownBy(() -> tasks.complete(work.getId(),
        Map.of("outcome", "EXTENSION", "extensionDueDate", "2025-05-20")))
        .hasMessageContaining("Chưa ghi lý do xin gia hạn (extensionReason is required)");
    assertThatThrownBy(() -> tasks.complete(work.getId(),
        Map.of("outcome", "EXTENSION", "extensionReason", "Lý do", "extensionDueDate", "2025-04-15")))
        .hasMessageContaining("Ngày gia hạn phải sau hạn hiện tại, 30/04/2025");
    for (String notADate : List.of("5/20/2025", "31/04/2025", "20.5.2025")) {
      assertThatThrownBy(() -> tasks.complete(work.getId(),
          Map.of("outcome", "EXTENSION", "extensionReason", "Lý do", "extensionDueDate", notADate)))
          .as(notADate).hasMessageContaining("ví dụ 05/04/2027").hasMessageContaining("extensionDueDate is not a date");
    }
    assertThatThrownBy(() -> tasks.complete(work.getId(), Map.of("outcome", "LATER")))
        .hasMessageContaining("Giá trị 'LATER' không dùng được").hasMessageContaining("outcome must be one of");
    assertThatThrownBy(() -> tasks.complete(work.getId(), Map.of("outcome", "DONE")))
        .hasMessageContaining("report is required");
    assertThat(workflow.tasks(plan, Elements.EXECUTE)).hasSize(1);
    assertThat(assignments.extensions(only(plan).id())).isEmpty();

    // as the form asks for it, day first: 10/05/2025 is 10 May, not 5 October
    tasks.complete(work.getId(), Map.of("outcome", "EXTENSION", "extensionReason", "Lý do",
        "extensionDueDate", "10/05/2025"));
    assertThat(assignments.extensions(only(plan).id())).singleElement()
        .satisfies(request -> assertThat(request.newDueDate()).isEqualTo(LocalDate.of(2025, 5, 10)));
  }

  @Test
  void anAssignmentAlreadyOverdueWhenIssuedEscalatesAtOnce() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(PROPAGANDA, "hoàn thành trong tháng 3/2025"));

    assertThat(workflow.fireDueTimers(plan)).as("reminder and deadline timers are both past").isEqualTo(2);
    Assignment overdue = assignments.assignment(only(plan).id());
    assertThat(overdue.escalatedAt()).isEqualTo(at(SIGNING_DAY));
    assertThat(overdue.remindedAt()).as("no reminder after the deadline").isNull();
    assertThat(workflow.tasks(plan, Elements.URGE)).hasSize(1);
    assertThat(status(overdue)).isEqualTo(AssignmentStatus.IN_PROGRESS_OVERDUE);
    // five working days after 31/3/2025: 1, 2, 3, 4 April; Monday 7/4 is Giỗ Tổ Hùng Vương; so 8/4, late from 9/4.
    assertThat(timer(plan, Elements.GRACE_PERIOD_OVER)).isEqualTo(at("2025-04-09T00:00:00+07:00"));

    moveClockTo("2025-04-03T10:00:00+07:00");
    report(plan, "Đã hoàn thành sau khi được đôn đốc");
    assertThat(workflow.tasks(plan, Elements.URGE)).as("an open urge ends with the work").isEmpty();
    assertThat(workflow.timers(plan)).isEmpty();
    assertThat(status(overdue)).isEqualTo(AssignmentStatus.DONE_LATE);
  }

  @Test
  void ongoingWorkGetsAReportTaskEverySixMonthsUntilItsFinalReport() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(INSPECTION, "Thường xuyên kiểm tra, giám sát việc thực hiện"));
    Assignment assignment = only(plan);
    assertThat(assignment.deadline().kind()).isEqualTo(DeadlineKind.ONGOING);
    assertThat(workflow.tasks(plan, Elements.EXECUTE)).isEmpty();
    assertThat(workflow.tasks(plan, Elements.EXECUTE_ONGOING)).hasSize(1);
    // the first report is due by 01/10/2025 (six months after issue); its task opens five working days before.
    assertThat(timer(plan, Elements.REPORT_WINDOW_OPENS)).isEqualTo(at("2025-09-24T08:00:00+07:00"));

    moveClockTo("2025-09-24T08:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isEqualTo(1);
    Task report = workflow.task(plan, Elements.PERIODIC_REPORT);
    assertThat(candidateGroups(report)).containsExactly(INSPECTION);
    assertThat(report.getDueDate()).isEqualTo(date("2025-10-02T00:00:00+07:00"));
    assertThatThrownBy(() -> tasks.complete(report.getId(), Map.of()))
        .hasMessageContaining("periodicReport is required");
    tasks.complete(report.getId(), Map.of("periodicReport", "6 tháng: kiểm tra 3 cơ sở"));

    assertThat(assignments.periodicReports(assignment.id())).singleElement().satisfies(r -> {
      assertThat(r.report()).isEqualTo("6 tháng: kiểm tra 3 cơ sở");
      assertThat(r.periodDue()).isEqualTo(at("2025-10-02T00:00:00+07:00"));
    });
    // the next cycle is due by 01/04/2026 and opens five working days before.
    assertThat(timer(plan, Elements.REPORT_WINDOW_OPENS)).isEqualTo(at("2026-03-25T08:00:00+07:00"));
    assertThat(status(assignment)).isEqualTo(AssignmentStatus.ONGOING);

    moveClockTo("2025-12-15T10:00:00+07:00");
    tasks.complete(workflow.task(plan, Elements.EXECUTE_ONGOING).getId(), Map.of("report", "Tổng kết năm 2025"));
    assertThat(assignments.assignment(assignment.id()).done()).isTrue();
    assertThat(status(assignment)).isEqualTo(AssignmentStatus.ONGOING);
    assertThat(workflow.timers(plan)).as("the report cycle ends with the work").isEmpty();
  }

  @Test
  void recurringWorkReportsBeforeItsDayEachYear() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(POLICE, "Báo cáo kết quả trước ngày 20/11 hằng năm"));
    assertThat(only(plan).deadline().kind()).isEqualTo(DeadlineKind.RECURRING);
    // due before 20/11/2025 (last day Wednesday 19/11); the task opens five working days before, on 12/11.
    assertThat(timer(plan, Elements.REPORT_WINDOW_OPENS)).isEqualTo(at("2025-11-12T08:00:00+07:00"));
    moveClockTo("2025-11-12T08:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isEqualTo(1);
    assertThat(workflow.task(plan, Elements.PERIODIC_REPORT).getDueDate()).isEqualTo(date("2025-11-20T00:00:00+07:00"));
  }

  @Test
  void aReportCalendarNamesThePeriodEachReportCovers() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(POLICE, "Báo cáo năm gửi Chính phủ trước ngày 15/12 hằng năm"));
    Assignment assignment = only(plan);
    assertThat(assignment.deadline().kind()).isEqualTo(DeadlineKind.RECURRING);
    // Nghị định 09/2019/NĐ-CP, Điều 12: the yearly report covers 15/12 of the year before to 14/12
    assertThat(assignment.deadline().period()).hasToString("2024-12-15..2025-12-14");
    // due before 15/12/2025 (last day Sunday 14/12); the task opens five working days before, Monday 8/12
    assertThat(timer(plan, Elements.REPORT_WINDOW_OPENS)).isEqualTo(at("2025-12-08T08:00:00+07:00"));
    moveClockTo("2025-12-08T08:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isEqualTo(1);
    var task = workflow.task(plan, Elements.PERIODIC_REPORT);
    assertThat(task.getDueDate()).isEqualTo(date("2025-12-15T00:00:00+07:00"));
    assertThat(task.getName()).contains("kỳ báo cáo từ 15/12/2024 đến 14/12/2025");
    tasks.complete(task.getId(), Map.of("periodicReport", "Báo cáo năm 2025"));
    assertThat(assignments.periodicReports(assignment.id())).singleElement()
        .satisfies(r -> assertThat(r.covered()).hasToString("2024-12-15..2025-12-14"));
    // the next report covers the next year's period: due before 15/12/2026, opening five working days before
    assertThat(timer(plan, Elements.REPORT_WINDOW_OPENS)).isEqualTo(at("2026-12-07T08:00:00+07:00"));
    moveClockTo("2026-12-07T08:00:00+07:00");
    assertThat(workflow.fireDueTimers(plan)).isEqualTo(1);
    assertThat(workflow.task(plan, Elements.PERIODIC_REPORT).getName())
        .contains("kỳ báo cáo từ 15/12/2025 đến 14/12/2026");
  }

  @Test
  void aRangeIsDueAtItsEndAndKeepsItsStart() {
    Plan plan = issuedAt(SIGNING_DAY, assignment(POLICE, "Đợt cao điểm từ ngày 15/4/2025 đến ngày 15/5/2025"));
    Assignment assignment = only(plan);
    assertThat(assignment.deadline().kind()).isEqualTo(DeadlineKind.RANGE);
    assertThat(assignment.deadline().start()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(assignment.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(workflow.task(plan, Elements.EXECUTE).getDueDate()).isEqualTo(date("2025-05-16T00:00:00+07:00"));
    assertThat(workflow.task(plan, Elements.EXECUTE).getDescription()).contains("bắt đầu từ 15/04/2025");
  }

  @Test
  void aPhasedAssignmentIsDueAtItsLastPhaseAndShowsEachPhaseEnd() {
    Plan plan = issuedAt(SIGNING_DAY,
        assignment(POLICE, "giai đoạn 1 (2025-2026); giai đoạn 2 (2027-2030)"));
    Assignment assignment = only(plan);
    assertThat(assignment.deadline().kind()).isEqualTo(DeadlineKind.PHASED);
    assertThat(assignment.deadline().phases()).hasToString("[2025-01-01..2026-12-31, 2027-01-01..2030-12-31]");
    assertThat(assignment.deadline().dueDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(assignment.deadline().milestones()).containsExactly(LocalDate.of(2026, 12, 31));
    assertThat(workflow.task(plan, Elements.EXECUTE).getDueDate()).isEqualTo(date("2031-01-01T00:00:00+07:00"));
    assertThat(workflow.task(plan, Elements.EXECUTE).getDescription())
        .contains("giai đoạn 1: từ 01/01/2025 đến 31/12/2026; giai đoạn 2: từ 01/01/2027 đến 31/12/2030");
  }

  @Test
  void aDeadlineInWorkingDaysCountsAcrossTet() {
    // Thursday 23/01/2025: Friday 24/01 is the first working day; 25/01 to 02/02 is the Tết break; then 3 to 6 February.
    Plan plan = issuedAt("2025-01-23T09:00:00+07:00",
        assignment(PROPAGANDA, "Báo cáo trong 05 ngày làm việc kể từ ngày ban hành"));
    Assignment assignment = only(plan);
    assertThat(assignment.deadline().kind()).isEqualTo(DeadlineKind.RELATIVE);
    assertThat(assignment.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 2, 6));
    assertThat(assignment.originalDueDate()).isEqualTo(LocalDate.of(2025, 2, 6));
    assertThat(timer(plan, Elements.DEADLINE_MISSED)).isEqualTo(at("2025-02-07T00:00:00+07:00"));
  }

  @Test
  void anUnreadDeadlineBlocksSubmittingForReviewUntilTheDrafterSetsIt() {
    moveClockTo(SIGNING_DAY);
    Plan plan = workflow.create(request(assignment(PROPAGANDA, "khi có chỉ đạo của cấp trên")));
    Assignment unread = only(plan);
    assertThat(unread.deadline().kind()).isEqualTo(DeadlineKind.UNPARSED);
    assertThat(unread.deadline().note()).isNotBlank();

    assertThatThrownBy(() -> workflow.complete(plan, PlanLifecycleProcess.Elements.DRAFT, Map.of("draftReady", true)))
        .hasMessageContaining("Chưa xác định được thời hạn của nhiệm vụ 1 ('khi có chỉ đạo của cấp trên')");
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.DRAFTING);

    plans.setDeadline(plan.id(), unread.id(), "trong tháng 5/2025", null, Viewer.SYSTEM);
    assertThat(only(plan).deadline().dueDate()).isEqualTo(LocalDate.of(2025, 5, 31));
    workflow.complete(plan, PlanLifecycleProcess.Elements.DRAFT, Map.of("draftReady", true));
    workflow.decide(plan, PlanLifecycleProcess.Elements.REVIEW, "APPROVE", null);
    workflow.decide(plan, PlanLifecycleProcess.Elements.SIGN, "APPROVE", null);
    assertThat(workflow.reload(plan).number()).isNotNull();
    assertThat(timer(plan, Elements.DEADLINE_MISSED)).isEqualTo(at("2025-06-01T00:00:00+07:00"));
  }

  // --- helpers ---

  private Plan issuedAt(String signedAt, AssignmentRequest assignment) {
    moveClockTo(signedAt);
    return workflow.issued(request(assignment));
  }

  private static PlanRequest request(AssignmentRequest assignment) {
    return new PlanRequest("Kế hoạch kiểm tra thời hạn: " + assignment.deadline(), "KH", ISSUER, null, POLICE, null,
        List.of(assignment), List.of(new RecipientRequest(null, "Văn phòng Trung ương Đảng", null)));
  }

  private static AssignmentRequest assignment(String unit, String deadline) {
    return new AssignmentRequest(unit, AssignmentRole.LEAD, "Nhiệm vụ có thời hạn: " + deadline, deadline, null);
  }

  private Assignment only(Plan plan) {
    List<Assignment> assignments = workflow.reload(plan).assignments();
    assertThat(assignments).hasSize(1);
    return assignments.get(0);
  }

  private AssignmentStatus status(Assignment assignment) {
    return assignments.assignment(assignment.id()).status(now());
  }

  private void report(Plan plan, String report) {
    tasks.complete(workflow.task(plan, Elements.EXECUTE).getId(), Map.of("outcome", "DONE", "report", report));
  }

  private void requestExtension(Plan plan, String reason, String newDueDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("outcome", "EXTENSION");
    variables.put("extensionReason", reason);
    variables.put("extensionDueDate", newDueDate);
    tasks.complete(workflow.task(plan, Elements.EXECUTE).getId(), variables);
  }

  private Instant timer(Plan plan, String activityId) {
    return workflow.timerDue(plan, activityId).toInstant();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId())
        .filter(group -> group != null).toList();
  }

  /** A silent SMTP server must not stall the outbox's sender: application.yaml bounds JavaMail's waits. */
  @Test
  void smtpWaitsAreBounded() {
    assertThat(((JavaMailSenderImpl) mailSender).getJavaMailProperties())
        .containsEntry("mail.smtp.connectiontimeout", "10000").containsEntry("mail.smtp.timeout", "30000")
        .containsEntry("mail.smtp.writetimeout", "30000");
  }

  /** The one e-mail sent since the last call (GreenMail keeps a copy per recipient). */
  private static MimeMessage onlyMail() throws Exception {
    assertThat(SMTP.waitForIncomingEmail(5000, 1)).as("an e-mail arrives").isTrue();
    Map<String, MimeMessage> distinct = new java.util.LinkedHashMap<>();
    for (MimeMessage message : SMTP.getReceivedMessages()) {
      distinct.putIfAbsent(message.getMessageID(), message);
    }
    assertThat(distinct).hasSize(1);
    SMTP.purgeEmailFromAllMailboxes();
    return distinct.values().iterator().next();
  }

  private static List<String> recipients(MimeMessage message) throws Exception {
    return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  private static String text(MimeMessage message) throws Exception {
    return message.getContent().toString();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static Date date(String text) {
    return Date.from(at(text));
  }

  private static void moveClockTo(String text) {
    ClockUtil.setCurrentTime(date(text));
  }
}
