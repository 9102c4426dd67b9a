package vn.kehoach.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * Numbers from the issuer's register, against the real database. Each test uses its own document type, so the
 * counters it reads start where it expects whatever ran before.
 */
@IntegrationTest
class DocumentNumberingTest {

  @Autowired DocumentNumbering numbering;
  @Autowired DocumentRegister register;
  @Autowired TransactionTemplate transaction;
  @Autowired Organisation organisation;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void partyBodyNumbersEachTypeThroughTheTermAndRestartsWithTheNextTerm() {
    Unit province = organisation.requireUnit("btv-tinh-uy");
    assertThat(issue(province, "TB", LocalDate.of(2024, 5, 2)).text()).isEqualTo("01-TB/TU");
    assertThat(issue(province, "TB", LocalDate.of(2025, 1, 3)).text())
        .as("a Party term runs across calendar years").isEqualTo("02-TB/TU");
    assertThat(issue(province, "HD", LocalDate.of(2025, 1, 3)).text())
        .as("each document type has its own sequence").isEqualTo("01-HD/TU");
    assertThat(issue(province, "TB", LocalDate.of(2025, 10, 16)).text())
        .as("the new term (from 16/10/2025) starts again at 01").isEqualTo("01-TB/TU");
    assertThat(issue(province, "TB", LocalDate.of(2026, 2, 1)).text()).isEqualTo("02-TB/TU");
  }

  @Test
  void stateBodyNumbersPerCalendarYear() {
    Unit peoplesCommittee = organisation.requireUnit("ubnd-phuong");
    assertThat(issue(peoplesCommittee, "TTR", LocalDate.of(2024, 12, 30)).text()).isEqualTo("01/TTR-UBND");
    assertThat(issue(peoplesCommittee, "TTR", LocalDate.of(2024, 12, 31)).text()).isEqualTo("02/TTR-UBND");
    assertThat(issue(peoplesCommittee, "TTR", LocalDate.of(2025, 1, 1)).text()).isEqualTo("01/TTR-UBND");
  }

  @Test
  void issuersKeepSeparateRegisters() {
    assertThat(issue(organisation.requireUnit("btv-tinh-uy"), "QC", LocalDate.of(2026, 3, 1)).text()).isEqualTo("01-QC/TU");
    assertThat(issue(organisation.requireUnit("dang-uy-phuong"), "QC", LocalDate.of(2026, 3, 1)).text()).isEqualTo("01-QC/ĐU");
    assertThat(issue(organisation.requireUnit("btv-tinh-uy"), "QC", LocalDate.of(2026, 3, 2)).text()).isEqualTo("02-QC/TU");
  }

  @Test
  void aRolledBackIssueGivesItsNumberBack() {
    Unit province = organisation.requireUnit("btv-tinh-uy");
    assertThat(issue(province, "CTR", LocalDate.of(2026, 4, 1)).sequence()).isEqualTo(1);
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      assertThat(numbering.issue(province, "CTR", LocalDate.of(2026, 4, 2)).sequence()).isEqualTo(2);
      throw new IllegalStateException("the issue fails after the number was taken");
    })).hasMessageContaining("issue fails");
    assertThat(issue(province, "CTR", LocalDate.of(2026, 4, 3)).sequence()).as("no gap").isEqualTo(2);
  }

  @Test
  void numbersNeedATransaction() {
    assertThatThrownBy(() -> numbering.issue(organisation.requireUnit("btv-tinh-uy"), "KH", LocalDate.now()))
        .hasMessageContaining("transaction");
  }

  /** Eight plans signed at the same moment by four signers: eight distinct, consecutive numbers. */
  @Test
  void plansSignedConcurrentlyGetDistinctConsecutiveNumbers() throws Exception {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-06-01T08:00:00+07:00").toInstant()));
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PlanRequest base = PlanFixtures.provincialPlan("Kế hoạch ký đồng thời " + i);
      plans.add(workflow.toSignature(new PlanRequest(base.title(), "KHDT", base.issuer(), base.drafter(),
          base.monitoringUnit(), base.implementsDocuments(), base.assignments(), base.recipients())));
    }
    int threads = 4;
    CyclicBarrier together = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Object>> signing = IntStream.range(0, threads).mapToObj(t -> pool.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        for (int i = t; i < plans.size(); i += threads) {
          String taskId = workflow.task(plans.get(i), Elements.SIGN).getId();
          tasks.complete(taskId, java.util.Map.of("decision", "APPROVE"));
        }
        return null;
      })).toList();
      for (Future<Object> future : signing) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<Integer> numbers = new ArrayList<>(plans.stream().map(p -> workflow.reload(p).number().sequence()).toList());
    Collections.sort(numbers);
    assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(plans).extracting(p -> workflow.reload(p).number().text()).allMatch(t -> t.matches("0[1-8]-KHDT/TU"));
  }

  private DocumentNumber issue(Unit issuer, String type, LocalDate date) {
    return transaction.execute(status -> numbering.issue(issuer, type, date));
  }

}
