package vn.kehoach.engine.task;

import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * A task completion or variable change refused before the engine changed anything. A {@link NotValidException}:
 * the engine logs it at debug level only, and both REST APIs answer 400 with this message.
 */
public class TaskInputRejected extends NotValidException {

  /** The refusal of the current request's thread, for the web layer to answer with (TaskRefusalFilter). */
  private static final ThreadLocal<TaskInputRejected> CURRENT = new ThreadLocal<>();

  private final List<String> problems;

  public TaskInputRejected(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  /** Remembers this refusal for the thread that made the request. */
  TaskInputRejected remember() {
    CURRENT.set(this);
    return this;
  }

  /** The refusal made while serving the current request, if any; forgotten once read. */
  public static TaskInputRejected takeCurrent() {
    TaskInputRejected rejected = CURRENT.get();
    CURRENT.remove();
    return rejected;
  }
}
