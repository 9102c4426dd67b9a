package vn.kehoach.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.kehoach.support.PlanFixtures.*;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.history.PlanEvent;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.plan.PlanState;
import vn.kehoach.report.ReportCycle;
import vn.kehoach.report.ReportDocuments;
import vn.kehoach.support.ProcessTest;
import vn.kehoach.support.Workflow;
import vn.kehoach.system.InvalidRequestException;

/**
 * Interim and final reviews (sơ kết, tổng kết) at the plan's dates: timers behind gateways, on the engine clock. A plan
 * without dates is PlanLifecycleProcessTest's.
 */
@ProcessTest
class ReviewDatesProcessTest {

  private static final OffsetDateTime SIGNED_AT = OffsetDateTime.parse("2026-03-10T09:00:00+07:00");
  private static final LocalDate INTERIM = LocalDate.of(2026, 6, 30);
  private static final LocalDate FINAL = LocalDate.of(2026, 9, 30);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired PlanService plans;
  @Autowired ReportDocuments documents;
  @Autowired Workflow workflow;
  @Autowired vn.kehoach.organisation.Organisation organisation;

  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(SIGNED_AT.toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theInterimReviewOpensAtItsDateWhileTheWorkGoesOnAndTheWorkEndsBeforeTheFinalDate() throws Exception {
    Plan plan = issued("Kế hoạch có sơ kết và tổng kết", INTERIM, FINAL);
    assertThat(plan.interimReviewOn()).isEqualTo(INTERIM);
    assertThat(vn.kehoach.plan.PlanView.of(plan, organisation, SIGNED_AT.toInstant(), java.util.List.of())
        .finalReviewOn()).isEqualTo(FINAL);
    assertThat(workflow.timerDue(plan, Elements.INTERIM_TIMER))
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-06-30T08:00:00+07:00").toInstant()));
    ProcessInstance pi = instance(plan);

    fire(plan, Elements.INTERIM_TIMER, "2026-06-30T08:00:00+07:00");
    assertThat(pi).isWaitingAt(Elements.CONSOLIDATE_INTERIM).task(Elements.CONSOLIDATE_INTERIM).hasCandidateGroup(POLICE);
    assertThat(workflow.workTasks(plan)).as("the work goes on").hasSize(3);
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.IN_EXECUTION);
    assertThat((String) runtime.getVariable(pi.getId(), "unitReports")).contains("chưa báo cáo");

    workflow.complete(plan, Elements.CONSOLIDATE_INTERIM, Map.of("report", "Sơ kết 6 tháng: bước đầu"));
    assertThat(pi).task(Elements.ACCEPT_INTERIM_REPORT).hasCandidateGroup(SIGNER);
    workflow.decide(plan, Elements.ACCEPT_INTERIM_REPORT, "RETURN", "Bổ sung số liệu");
    assertThat(pi).task(Elements.CONSOLIDATE_INTERIM).isNotNull();
    workflow.complete(plan, Elements.CONSOLIDATE_INTERIM, Map.of("report", "Sơ kết 6 tháng: đã tuyên truyền 12 đợt"));

    var interim = documents.latest(plan.id(), Viewer.SYSTEM);
    assertThat(interim.document().cycle()).isEqualTo(ReportCycle.INTERIM);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(interim.content()))) {
      assertThat(paragraphs(doc)).contains("Sơ kết kết quả thực hiện Kế hoạch số " + plan.number().text())
          .contains("Sơ kết 6 tháng: đã tuyên truyền 12 đợt").doesNotContain("NHIỆM VỤ CHƯA HOÀN THÀNH");
    }
    workflow.decide(plan, Elements.ACCEPT_INTERIM_REPORT, "APPROVE", null);
    assertThat(documents.latest(plan.id(), Viewer.SYSTEM).document().approvedBy()).isNotNull();
    assertThat(pi).hasPassed(Elements.FINAL_DATE).isWaitingAt(Elements.AWAIT_FINAL);
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.IN_EXECUTION);

    // the work ends before the final date: the final timer is dropped, the plan closes as any other
    workflow.tasks(plan, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    workflow.workTasks(plan).forEach(t -> workflow.report(t, "Đã thực hiện"));
    assertThat(pi).hasPassed(Elements.ENDED_BEFORE_FINAL).hasNotPassed(Elements.FINAL_TIMER)
        .isWaitingAt(Elements.CONSOLIDATE);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Tổng kết"));
    workflow.decide(plan, Elements.ACCEPT_REPORT, "APPROVE", null);
    assertThat(pi).isEnded();
    Plan closed = workflow.reload(plan);
    assertThat(closed.state()).isEqualTo(PlanState.CLOSED);
    assertThat(closed.history()).filteredOn(e -> e.decision() != null).extracting(e -> e.step() + ":" + e.decision())
        .containsExactly("Task_ReviewPlan:APPROVE", "Task_SignPlan:APPROVE", "Task_AcceptInterimReport:RETURN",
            "Task_AcceptInterimReport:APPROVE", "Task_AcceptReport:APPROVE");
    assertThat(closed.history()).extracting(PlanEvent::comment).filteredOn(c -> c != null && c.startsWith("Sơ kết:"))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theFinalDateInterruptsTheOpenWorkAndTheFinalReportListsIt() throws Exception {
    Plan plan = issued("Kế hoạch có ngày tổng kết", null, FINAL);
    ProcessInstance pi = instance(plan);
    assertThat(pi).hasPassed(Elements.REVIEW_DATES).isWaitingAt(Elements.AWAIT_FINAL);
    workflow.tasks(plan, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    workflow.workTasks(plan).stream().filter(t -> t.getName().contains("tuyên truyền")).findFirst()
        .ifPresent(t -> workflow.report(t, "Đã tuyên truyền"));
    assertThat(workflow.workTasks(plan)).hasSize(2);

    fire(plan, Elements.FINAL_TIMER, "2026-09-30T08:00:00+07:00");
    assertThat(pi).hasPassed(Elements.FINAL_REVIEW_DUE, Elements.FINAL_REVIEW_REACHED, Elements.WORK_ENDED)
        .isWaitingAt(Elements.CONSOLIDATE);
    assertThat(workflow.workTasks(plan)).as("the open work is interrupted").isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(plan.businessKey()).count())
        .as("only the lifecycle runs on").isEqualTo(1);
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.REPORTING);

    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Tổng kết khi còn việc chưa xong"));
    var report = documents.latest(plan.id(), Viewer.SYSTEM);
    assertThat(report.document().cycle()).isEqualTo(ReportCycle.FINAL);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report.content()))) {
      String text = paragraphs(doc);
      assertThat(text).contains("Kết quả thực hiện Kế hoạch số " + plan.number().text(),
          "NHIỆM VỤ CHƯA HOÀN THÀNH", "Kiểm tra, giám sát việc thực hiện Chỉ thị số 02-CT/TW",
          "Lãnh đạo Ủy ban MTTQ tỉnh giám sát");
      assertThat(text.substring(text.indexOf("NHIỆM VỤ CHƯA HOÀN THÀNH")))
          .doesNotContain("Chỉ đạo, định hướng các cơ quan truyền thông");
    }
    workflow.decide(plan, Elements.ACCEPT_REPORT, "APPROVE", null);
    assertThat(pi).isEnded();
    assertThat(workflow.timers(plan)).as("no timer outlives the plan").isEmpty();
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.CLOSED);
  }

  @Test
  void workEndingBeforeTheInterimDateDropsTheInterimReview() {
    assertThatThrownBy(() -> plans.create(request("Ngày tổng kết trước ngày sơ kết", INTERIM, INTERIM.minusDays(1)),
        Viewer.SYSTEM)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> plans.create(request("Ngày sơ kết đã qua", LocalDate.of(2026, 1, 1), null),
        Viewer.SYSTEM)).isInstanceOf(InvalidRequestException.class);

    Plan plan = issued("Kế hoạch xong trước ngày sơ kết", INTERIM, null);
    ProcessInstance pi = instance(plan);
    assertThat(pi).isWaitingAt(Elements.AWAIT_INTERIM);
    workflow.tasks(plan, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    workflow.workTasks(plan).forEach(t -> workflow.report(t, "Đã thực hiện"));

    assertThat(pi).hasPassed(Elements.ENDED_BEFORE_INTERIM, Elements.REVIEWS_DONE)
        .hasNotPassed(Elements.INTERIM_TIMER, Elements.CONSOLIDATE_INTERIM).isWaitingAt(Elements.CONSOLIDATE);
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Tổng kết"));
    workflow.decide(plan, Elements.ACCEPT_REPORT, "APPROVE", null);
    assertThat(pi).isEnded();
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.CLOSED);
  }

  private Plan issued(String title, LocalDate interim, LocalDate fin) {
    ClockUtil.setCurrentTime(Date.from(SIGNED_AT.minusDays(1).toInstant()));
    Plan plan = workflow.toSignature(request(title, interim, fin));
    ClockUtil.setCurrentTime(Date.from(SIGNED_AT.toInstant()));
    workflow.decide(plan, Elements.SIGN, "APPROVE", null);
    return workflow.reload(plan);
  }

  private static PlanRequest request(String title, LocalDate interim, LocalDate fin) {
    PlanRequest p = provincialPlan(title);
    return new PlanRequest(p.title(), p.type(), p.issuer(), p.drafter(), p.monitoringUnit(), p.implementsDocuments(),
        p.assignments(), p.recipients(), interim, fin);
  }

  /** The job executor at that time: only this timer of the lifecycle (the assignments' reminders are others'). */
  private void fire(Plan plan, String timer, String at) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
    Job job = management.createJobQuery().processInstanceId(plan.processInstanceId()).activityId(timer)
        .singleResult();
    assertThat(job).as(timer).isNotNull();
    management.executeJob(job.getId());
  }

  private ProcessInstance instance(Plan plan) {
    return runtime.createProcessInstanceQuery().processInstanceId(workflow.reload(plan).processInstanceId())
        .singleResult();
  }

  private static String paragraphs(XWPFDocument doc) {
    return doc.getBodyElements().stream().filter(e -> e instanceof XWPFParagraph)
        .map(e -> ((XWPFParagraph) e).getText()).collect(Collectors.joining("\n"));
  }
}
