package vn.kehoach.engine;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable with its name and type in one place, so that delegates, listeners and tests read and write
 * it the same way: {@code PLAN_ID.from(execution)}, {@code PLAN_NUMBER.on(execution, "01-KH/TU")}.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value, or an error naming the variable when it is missing. */
  public T from(VariableScope scope) {
    T value = fromOrNull(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  public T fromOrNull(VariableScope scope) {
    Object value = scope.getVariable(name);
    if (value != null && !type.isInstance(value)) {
      throw new IllegalStateException("Process variable '" + name + "' is a " + value.getClass().getSimpleName()
          + ", expected " + type.getSimpleName());
    }
    return type.cast(value);
  }

  public void on(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /** Sets a value that lives only until the end of the current transaction and is never stored. */
  public void transientOn(VariableScope scope, T value) {
    scope.setVariable(name, Variables.objectValue(value, true).create());
  }

  public void into(Map<String, Object> variables, T value) {
    variables.put(name, value);
  }
}
