package vn.kehoach.engine.task;

import java.util.Set;

/**
 * What one user task accepts: the fields of its form (plus any the README documents for API clients), and the rule
 * its values must satisfy. Checked before the engine changes anything ({@link TaskInputGuard}).
 *
 * @param taskKey the task's BPMN element id
 * @param formId the Camunda Form the task shows ({@code camunda:formRef})
 * @param extraFields fields accepted beyond the form's (none today)
 * @param rule what the submitted values must satisfy
 */
public record TaskContract(String taskKey, String formId, Set<String> extraFields, Rule rule) {

  /** Checks the values of one completion; adds a problem to the input for each thing wrong. */
  @FunctionalInterface
  public interface Rule {
    void check(TaskInput input, TaskSubject subject);
  }

  /** The plan and assignment a task belongs to, as the system recorded them on its process instance. */
  public record TaskSubject(long planId, Long assignmentId) {}

  public static TaskContract of(String taskKey, String formId, Rule rule) {
    return new TaskContract(taskKey, formId, Set.of(), rule);
  }
}
