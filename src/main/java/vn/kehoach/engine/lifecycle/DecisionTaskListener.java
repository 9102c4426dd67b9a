package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Decision;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.plan.Assignment;
import vn.kehoach.plan.PlanService;

/**
 * Guards the decision tasks (review, signature, report acceptance, extension). On create it clears the previous round's
 * decision, so that a form never opens with an old answer chosen; on complete it checks {@code decision} and
 * {@code comment} and keeps the decision with the plan.
 */
@Component("decisionTaskListener")
public class DecisionTaskListener implements TaskListener {

  private static final Map<String, Set<Decision>> ALLOWED = Map.of(
      Elements.REVIEW, EnumSet.of(Decision.APPROVE, Decision.RETURN),
      Elements.SIGN, EnumSet.allOf(Decision.class),
      Elements.ACCEPT_REPORT, EnumSet.of(Decision.APPROVE, Decision.RETURN),
      AssignmentProcess.Elements.DECIDE_EXTENSION, EnumSet.of(Decision.APPROVE, Decision.REJECT));

  private static final Map<String, String> RETURNED_BY = Map.of(
      Elements.REVIEW, "Văn phòng trả lại",
      Elements.SIGN, "Người ký trả lại",
      Elements.ACCEPT_REPORT, "Người ký trả lại báo cáo");

  /** The comment is kept in a variable, and "… trả lại: " is put before it when the plan is returned. */
  static final int MAX_COMMENT = ProcessText.MAX - 100;

  private final PlanService plans;
  private final TaskActor actor;

  public DecisionTaskListener(PlanService plans, TaskActor actor) {
    this.plans = plans;
    this.actor = actor;
  }

  @Override
  public void notify(DelegateTask task) {
    String step = task.getTaskDefinitionKey();
    Set<Decision> allowed = ALLOWED.get(step);
    if (allowed == null) {
      throw new IllegalStateException("decisionTaskListener is attached to " + step + ", which is no decision task");
    }
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(DECISION.name());
      task.getExecution().removeVariable(COMMENT.name());
      return;
    }
    Decision decision = decision(task, allowed);
    String comment = COMMENT.fromOrNull(task);
    comment = comment == null ? null : comment.strip();
    if (decision != Decision.APPROVE && (comment == null || comment.isEmpty())) {
      throw new NotValidException("comment is required with " + decision
          + " (phải ghi ý kiến khi trả lại hoặc không ban hành)");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new NotValidException("comment is longer than " + MAX_COMMENT + " characters");
    }
    if (step.equals(Elements.SIGN) && decision == Decision.APPROVE) {
      refuseUnreadDeadlines(PLAN_ID.from(task));
    }
    if (RETURNED_BY.containsKey(step)) {
      // extension decisions are kept by their own step, with the assignment they concern
      plans.recordDecision(PLAN_ID.from(task), step, decision.name(), comment, actor.of(task));
    }
    if (decision == Decision.RETURN) {
      RETURN_COMMENT.on(task.getExecution(), RETURNED_BY.get(step) + ": " + comment);
    }
  }

  /** A plan whose deadlines are not all understood cannot be signed: the drafter must set them first. */
  private void refuseUnreadDeadlines(long planId) {
    List<Assignment> unread = plans.unreadDeadlines(planId);
    if (!unread.isEmpty()) {
      throw new NotValidException("cannot sign: the deadline of assignment(s) "
          + unread.stream().map(a -> (a.position() + 1) + " ('" + a.deadline().phrase() + "')").collect(Collectors.joining(", "))
          + " is not understood; return the plan to the drafter to set it (chưa xác định được thời hạn, trả lại để đơn vị soạn thảo ghi rõ)");
    }
  }

  private static Decision decision(DelegateTask task, Set<Decision> allowed) {
    Object value = task.getVariable(DECISION.name());
    if (value == null) {
      throw new NotValidException("decision is required: one of " + allowed + " (chưa chọn quyết định)");
    }
    try {
      Decision decision = Decision.valueOf(value.toString());
      if (allowed.contains(decision)) {
        return decision;
      }
    } catch (IllegalArgumentException notADecision) {
      // reported below
    }
    throw new NotValidException("decision '" + value + "' is not allowed here: one of " + allowed);
  }
}
