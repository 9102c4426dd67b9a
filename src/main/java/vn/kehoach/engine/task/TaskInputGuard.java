package vn.kehoach.engine.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.engine.task.TaskVariableCommands.TaskWrite;

/**
 * A task accepts only what its form asks, checked in the engine itself, so that Tasklist, {@code /engine-rest} and
 * the Java API are held to the same contract. Runs inside the command, before the command changes anything: a
 * refused completion leaves the task, the plan and the history as they were.
 * <ul>
 *   <li>completing a task (complete, submit-form, resolve): every variable sent must be a field of the task's form,
 *       and the values must satisfy the task's rule ({@link TaskContracts});</li>
 *   <li>setting or removing a task's variables: only the fields of its form (a draft kept before completing);</li>
 *   <li>in both, no text with a control or bidi character ({@link TaskInput#refuseControlCharacters}).</li>
 * </ul>
 * Everything else the processes read (routing, ids, numbers, deadlines) is thus written only by the system.
 */
public class TaskInputGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(TaskInputGuard.class);

  private final TaskContracts contracts;
  private final TaskForms forms;

  public TaskInputGuard(TaskContracts contracts, TaskForms forms) {
    this.contracts = contracts;
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    TaskWrite write = TaskVariableCommands.of(command);
    if (write != null) {
      check(write, Context.getCommandContext());
    }
    return next.execute(command);
  }

  private void check(TaskWrite write, CommandContext context) {
    TaskEntity task = write.taskId() == null ? null : context.getTaskManager().findTaskById(write.taskId());
    if (task == null || task.getTaskDefinitionKey() == null) {
      return; // the command itself answers "not found"; standalone tasks are not part of a plan
    }
    TaskContract contract = contracts.of(task.getTaskDefinitionKey()).orElse(null);
    if (contract == null) {
      return;
    }
    // who may not work on the task learns nothing about its form: the engine's own 403 first
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      if (write.completes()) {
        checker.checkTaskWork(task);
      } else {
        checker.checkUpdateTaskVariable(task);
      }
    }
    TaskForm form = forms.require(contract.formId());
    TaskInput input = TaskInput.of(write.variables());
    Set<String> unknown = new TreeSet<>(input.names());
    unknown.removeAll(form.inputs());
    List<String> problems = new ArrayList<>();
    for (String name : unknown) {
      problems.add(form.shown().contains(name)
          ? "Trường '" + name + "' chỉ để xem, không sửa được (field " + name + " is read-only)"
          : "Công việc này không nhận trường '" + name + "' (field " + name + " is not accepted by this task)");
    }
    if (problems.isEmpty()) {
      input.refuseControlCharacters();
      if (input.problems().isEmpty() && write.completes()) {
        contract.rule().check(input, TaskSubject.of(task.getExecution()));
      }
      problems.addAll(input.problems());
    }
    if (!problems.isEmpty()) {
      TaskInputRejected rejected = new TaskInputRejected(problems);
      LOG.warn("Refused {} of task {} ({}) in process instance {} for user {}: {}",
          write.completes() ? "completion" : "variable change", task.getId(), task.getTaskDefinitionKey(),
          task.getProcessInstanceId(), context.getAuthenticatedUserId(), rejected.getMessage());
      throw rejected.remember();
    }
  }
}
