package vn.kehoach.engine.task;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Reads, from the engine's commands, which task they concern and which variables they write.
 */
final class TaskVariableCommands {

  /** Variables sent to a task: to complete it, or to set or remove them on it. */
  record TaskWrite(String taskId, Map<String, Object> variables, boolean completes) {}

  private TaskVariableCommands() {}

  /** The write this command makes to a task's variables, or null for any other command. */
  static TaskWrite of(Command<?> command) {
    if (command instanceof CompleteTaskCmd) { // and ResolveTaskCmd, which extends it
      return new TaskWrite(field(CompleteTaskCmd.class, "taskId", command), map(field(CompleteTaskCmd.class,
          "variables", command)), true);
    }
    if (command instanceof SubmitTaskFormCmd) {
      return new TaskWrite(field(SubmitTaskFormCmd.class, "taskId", command),
          map(field(SubmitTaskFormCmd.class, "properties", command)), true);
    }
    if (command instanceof SetTaskVariablesCmd) {
      return new TaskWrite(field(AbstractVariableCmd.class, "entityId", command),
          map(field(AbstractSetVariableCmd.class, "variables", command)), false);
    }
    if (command instanceof RemoveTaskVariablesCmd) {
      return new TaskWrite(field(AbstractVariableCmd.class, "entityId", command),
          names(field(AbstractRemoveVariableCmd.class, "variableNames", command)), false);
    }
    if (command instanceof PatchTaskVariablesCmd) {
      Map<String, Object> written = map(field(AbstractPatchVariablesCmd.class, "variables", command));
      written.putAll(names(field(AbstractPatchVariablesCmd.class, "deletions", command)));
      return new TaskWrite(field(AbstractPatchVariablesCmd.class, "entityId", command), written, false);
    }
    return null;
  }

  private static Map<String, Object> map(Object value) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> variables) {
      variables.forEach((name, v) -> copy.put(String.valueOf(name), v));
    }
    return copy;
  }

  /** Removed variables count as written, with no value. */
  private static Map<String, Object> names(Object value) {
    Map<String, Object> removed = new LinkedHashMap<>();
    if (value instanceof Collection<?> names) {
      names.forEach(name -> removed.put(String.valueOf(name), null));
    }
    return removed;
  }

  private static <T> T field(Class<?> owner, String name, Object command) {
    return CommandFields.read(owner, name, command);
  }
}
