package vn.kehoach.engine.lifecycle;

import vn.kehoach.report.ReportDocuments;

import static vn.kehoach.engine.PlanVariables.*;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.engine.task.Decision;
import vn.kehoach.engine.task.TaskActor;
import vn.kehoach.plan.PlanService;

/**
 * The decision tasks (review, signature, report acceptance, extension). On create it clears the previous round's
 * decision, so that a form never opens with an old answer chosen; on complete it keeps the decision with the plan,
 * with who took it. What the decision must contain is checked before, by the task's contract (TaskContracts).
 */
@Component("decisionTaskListener")
public class DecisionTaskListener implements TaskListener {

  private static final Map<String, String> RETURNED_BY = Map.of(
      Elements.REVIEW, "Văn phòng trả lại",
      Elements.SIGN, "Người ký trả lại",
      Elements.ACCEPT_REPORT, "Người ký trả lại báo cáo",
      Elements.ACCEPT_INTERIM_REPORT, "Sơ kết: Người ký trả lại báo cáo sơ kết");

  /** Shown in the acceptance form: the SHA-256 of the report document the signer is asked to approve. */
  public static final String REPORT_SHA256 = "reportSha256";

  private final PlanService plans;
  private final TaskActor actor;
  private final ReportDocuments documents;

  public DecisionTaskListener(PlanService plans, TaskActor actor, ReportDocuments documents) {
    this.plans = plans;
    this.actor = actor;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(DECISION.name());
      task.getExecution().removeVariable(COMMENT.name());
      if (acceptsReport(task)) {
        // the task presents the newest report document: exactly that one may be approved
        documents.present(PLAN_ID.from(task), task.getId())
            .ifPresent(document -> task.setVariableLocal(REPORT_SHA256, document.sha256()));
      }
      return;
    }
    Decision decision = Decision.valueOf(DECISION.from(task));
    String comment = COMMENT.fromOrNull(task);
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    String by = actor.of(task);
    if (acceptsReport(task) && decision == Decision.APPROVE) {
      documents.approve(PLAN_ID.from(task), task.getId(), by); // 409 if the document changed since it was presented
    }
    if (RETURNED_BY.containsKey(step(task))) {
      plans.recordDecision(PLAN_ID.from(task), step(task), decision.name(), comment, by);
    } else {
      // an extension is decided by its own step, with the assignment it concerns
      DECIDED_BY.on(task.getExecution(), by);
    }
    if (decision == Decision.RETURN) {
      RETURN_COMMENT.on(task.getExecution(), RETURNED_BY.get(step(task)) + ": " + comment);
    }
  }

  /** The final and the interim report are approved alike: exactly the newest document, presented at create. */
  private static boolean acceptsReport(DelegateTask task) {
    return Elements.ACCEPT_REPORT.equals(step(task)) || Elements.ACCEPT_INTERIM_REPORT.equals(step(task));
  }

  private static String step(DelegateTask task) {
    return task.getTaskDefinitionKey();
  }
}
