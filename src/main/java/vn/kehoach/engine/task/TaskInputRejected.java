package vn.kehoach.engine.task;

import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * A task completion or variable change refused before the engine changed anything. A {@link NotValidException}:
 * the engine logs it at debug level only, and both REST APIs answer 400 with this message.
 */
public class TaskInputRejected extends NotValidException {

  private final List<String> problems;

  public TaskInputRejected(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
