package vn.kehoach.engine.task;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.engine.task.TaskPeopleCommands.PeopleChange;

/**
 * Who works on a task of a plan comes from the plan (TaskRouting), and stays so: the task can be claimed by, assigned
 * to, delegated to or owned by a member of its candidate unit only, and its candidates cannot be added or removed.
 * Otherwise a signer could hand the signature to anyone. Checked inside the engine's commands, after the engine's own
 * authorization (a stranger still gets 403), before anything changes.
 */
public class TaskPeopleGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(TaskPeopleGuard.class);

  private final TaskContracts contracts;

  public TaskPeopleGuard(TaskContracts contracts) {
    this.contracts = contracts;
  }

  @Override
  public <T> T execute(Command<T> command) {
    PeopleChange change = TaskPeopleCommands.of(command);
    TaskEntity saved = TaskPeopleCommands.saved(command);
    if (change != null && givesBackOwnTask(command, change)) {
      // unclaim is an assignment to nobody (TASK_ASSIGN), which units do not have; giving back one's own task is a
      // claim by nobody, which TASK_WORK allows
      @SuppressWarnings("unchecked")
      T unclaimed = (T) next.execute(new ClaimTaskCmd(change.taskId(), null));
      return unclaimed;
    }
    if (change != null) {
      check(change.taskId(), change.user(), change.changesLinks(), change.claim(), Context.getCommandContext());
    } else if (saved != null && saved.getId() != null) {
      CommandContext context = Context.getCommandContext();
      TaskEntity stored = context.getTaskManager().findTaskById(saved.getId());
      if (stored != null && !Objects.equals(saved.getAssignee(), stored.getAssignee())) {
        check(saved.getId(), saved.getAssignee(), false, false, context);
      }
      if (stored != null && !Objects.equals(saved.getOwner(), stored.getOwner())) {
        check(saved.getId(), saved.getOwner(), false, false, context);
      }
    }
    return next.execute(command);
  }

  private static boolean givesBackOwnTask(Command<?> command, PeopleChange change) {
    if (!(command instanceof AssignTaskCmd) || change.user() != null || change.taskId() == null) {
      return false;
    }
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(change.taskId());
    String user = context.getAuthenticatedUserId();
    return task != null && user != null && user.equals(task.getAssignee());
  }

  private void check(String taskId, String user, boolean changesLinks, boolean claim, CommandContext context) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getTaskDefinitionKey() == null || contracts.of(task.getTaskDefinitionKey()).isEmpty()) {
      return;
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      if (claim) {
        checker.checkTaskWork(task);
      } else {
        checker.checkTaskAssign(task);
      }
    }
    if (user == null && !changesLinks) {
      return; // giving the task back to its unit
    }
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    String problem = null;
    if (changesLinks) {
      problem = "Đơn vị làm việc này do kế hoạch xác định, không thêm hay bớt được (the task's candidates come from the "
          + "plan)";
    } else if (groups.stream().noneMatch(group -> isMember(user, group, context))) {
      problem = "Chỉ giao được việc này cho người thuộc " + names(groups, context) + " ('" + user + "' is not a member "
          + "of the task's unit)";
    }
    if (problem != null) {
      TaskInputRejected rejected = new TaskInputRejected(List.of(problem));
      LOG.warn("Refused a change of who works on task {} ({}) in process instance {} for user {}: {}", task.getId(),
          task.getTaskDefinitionKey(), task.getProcessInstanceId(), context.getAuthenticatedUserId(), problem);
      throw rejected.remember();
    }
  }

  private static boolean isMember(String user, String group, CommandContext context) {
    return context.getReadOnlyIdentityProvider().createUserQuery(context).userId(user).memberOfGroup(group).count() > 0;
  }

  private static String names(List<String> groups, CommandContext context) {
    return groups.stream().map(id -> {
      Group group = context.getReadOnlyIdentityProvider().findGroupById(id);
      return group == null || group.getName() == null ? id : group.getName();
    }).reduce((a, b) -> a + ", " + b).orElse("đơn vị được giao");
  }
}
