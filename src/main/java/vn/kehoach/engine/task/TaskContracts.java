package vn.kehoach.engine.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The contracts of every user task of every process, by task key (task keys are unique across the processes). */
@Component
public class TaskContracts {

  private final Map<String, TaskContract> contracts;

  public TaskContracts(List<ProcessTasks> processes) {
    this.contracts = processes.stream().flatMap(process -> process.contracts().stream())
        .collect(Collectors.toUnmodifiableMap(TaskContract::taskKey, Function.identity()));
  }

  public Optional<TaskContract> of(String taskKey) {
    return Optional.ofNullable(contracts.get(taskKey));
  }

  public Map<String, TaskContract> all() {
    return contracts;
  }
}
