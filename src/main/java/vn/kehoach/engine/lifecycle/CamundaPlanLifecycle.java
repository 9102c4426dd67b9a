package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.*;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.deadline.DeadlineKind;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.engine.security.InstanceReadGrants;
import vn.kehoach.engine.task.TaskLabels;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.plan.ImplementedDocument;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanAccess;
import vn.kehoach.plan.PlanLifecycle;

/**
 * Starts {@code plan-lifecycle} for a stored plan (business key = plan id). Only texts the forms show are copied into
 * variables: who works on each task is read from the plan's tables when the task is created ({@code TaskRouting}).
 * After an edit of the draft, those texts and the drafting task's name follow the plan.
 */
@Component
public class CamundaPlanLifecycle implements PlanLifecycle {

  static final int TASK_TITLE_LENGTH = 150;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final Organisation organisation;
  private final TaskLabels labels;
  private final Clock clock;
  private final PlanAccess access;
  private final InstanceReadGrants grants;

  public CamundaPlanLifecycle(RuntimeService runtime, TaskService tasks, RepositoryService repository,
                              Organisation organisation, TaskLabels labels, Clock clock, PlanAccess access,
                              InstanceReadGrants grants) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
    this.organisation = organisation;
    this.labels = labels;
    this.clock = clock;
    this.access = access;
    this.grants = grants;
  }

  @Override
  public String start(Plan plan) {
    Map<String, Object> variables = displayVariables(plan);
    PLAN_ID.into(variables, plan.id());
    return runtime.startProcessInstanceByKey(PlanLifecycleProcess.KEY, plan.businessKey(), variables).getId();
  }

  /** Joins the caller's transaction: an edit and what the forms show of it are stored together or not at all. */
  @Override
  public void refresh(Plan plan) {
    if (plan.processInstanceId() == null) {
      return;
    }
    runtime.setVariables(plan.processInstanceId(), displayVariables(plan));
    for (Task draft : tasks.createTaskQuery().processInstanceId(plan.processInstanceId())
        .taskDefinitionKey(PlanLifecycleProcess.Elements.DRAFT).list()) {
      // name and description were written from the plan when the task was created: they follow the edit
      String step = ((FlowElement) repository.getBpmnModelInstance(draft.getProcessDefinitionId())
          .getModelElementById(PlanLifecycleProcess.Elements.DRAFT)).getName();
      TaskLabels.TaskLabel label = labels.of(step, plan, null, draft.getDueDate(), clock.instant());
      draft.setName(label.name());
      draft.setDescription(label.description());
      tasks.saveTask(draft);
    }
  }

  /**
   * The lifecycle's instance was granted to the plan's participants when it started ({@code PlanAccessGrants}); only
   * the groups the edit added or dropped change, so a grant an administrator gave by hand stays.
   */
  @Override
  public void regrant(Plan before, Plan after) {
    if (after.processInstanceId() == null) {
      return;
    }
    Set<String> was = access.participants(before);
    Set<String> is = access.participants(after);
    grants.revoke(after.processInstanceId(), difference(was, is));
    grants.grant(after.processInstanceId(), difference(is, was));
  }

  private static Set<String> difference(Set<String> from, Set<String> without) {
    Set<String> left = new HashSet<>(from);
    left.removeAll(without);
    return left;
  }

  /** The plan's texts as the forms show them. */
  private Map<String, Object> displayVariables(Plan plan) {
    Map<String, Object> variables = new HashMap<>();
    PLAN_TITLE.into(variables, plan.title());
    PLAN_SHORT_TITLE.into(variables, shortTitle(plan.title()));
    ISSUER_NAME.into(variables, plan.issuerName(organisation));
    DRAFTER_NAME.into(variables, name(plan.drafter()));
    MONITORING_NAME.into(variables, name(plan.monitoringUnit()));
    IMPLEMENTS_TEXT.into(variables, ProcessText.fit(plan.implementsDocuments().stream()
        .map(ImplementedDocument::citation).collect(Collectors.joining("\n"))));
    ASSIGNMENTS_TEXT.into(variables, ProcessText.fit(assignmentsText(plan)));
    return variables;
  }

  /** One line per assignment, as the forms show it. */
  String assignmentsText(Plan plan) {
    StringBuilder text = new StringBuilder();
    for (Assignment a : plan.assignments()) {
      text.append(a.position() + 1).append(". ").append(name(a.unit())).append(" (").append(a.role().label())
          .append("): ").append(a.task()).append(" — Thời hạn: ").append(a.deadline().phrase());
      if (a.deadline().dueDate() != null) {
        text.append(" (hạn ").append(a.deadline().dueText()).append(")");
      } else if (a.deadline().kind() == DeadlineKind.UNPARSED) {
        text.append(" [CHƯA XÁC ĐỊNH ĐƯỢC THỜI HẠN: ").append(a.deadline().note()).append("]");
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  static String shortTitle(String title) {
    return ProcessText.cut(title, TASK_TITLE_LENGTH);
  }

  private String name(String unitId) {
    return organisation.unit(unitId).map(Unit::name).orElse(unitId);
  }
}
