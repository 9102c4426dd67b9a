package vn.kehoach.engine.task;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Everything about one user task in one place: who works on it, what it accepts (the input fields of its form, no
 * more: the README documents no other) and what must hold of the values. {@link TaskRouting} applies the first
 * when the task is created, {@link TaskInputGuard} the others before the engine changes anything.
 *
 * @param taskKey the task's BPMN element id
 * @param formId the Camunda Form the task shows ({@code camunda:formRef})
 * @param routing who works on the task, from the plan's own tables
 * @param rule what the submitted values must satisfy
 */
public record TaskContract(String taskKey, String formId, Routing routing, Rule rule) {

  /** The group that works on the task. */
  @FunctionalInterface
  public interface Routing {
    String candidateGroup(TaskSubject subject, VariableScope task);
  }

  /** Checks the values of one completion; adds a problem to the input for each thing wrong. */
  @FunctionalInterface
  public interface Rule {
    void check(TaskInput input, TaskSubject subject);
  }

  public static TaskContract of(String taskKey, String formId, Routing routing, Rule rule) {
    return new TaskContract(taskKey, formId, routing, rule);
  }
}
