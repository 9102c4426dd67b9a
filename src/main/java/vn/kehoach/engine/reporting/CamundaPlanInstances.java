package vn.kehoach.engine.reporting;

import static vn.kehoach.engine.PlanVariables.ASSIGNMENT_ID;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.reporting.PlanInstances;

/**
 * The plans' instances from the engine's history (history level full keeps every instance, running or ended): each
 * plan's instances carry its id as business key, and an assignment's instance the assignment's id as variable
 * {@code assignmentId}. Two queries for any number of plans, in chunks that every database's IN list takes. Runs
 * without an engine authentication: the caller ({@code PlanReport}) has already kept to the plans the viewer sees.
 */
@Component
public class CamundaPlanInstances implements PlanInstances {

  static final int CHUNK = 500;

  private final HistoryService history;

  public CamundaPlanInstances(HistoryService history) {
    this.history = history;
  }

  @Override
  public Found of(Collection<Long> planIds) {
    Map<Long, Instance> lifecycles = new HashMap<>();
    Map<String, Instance> assignmentInstances = new HashMap<>();
    for (List<String> keys : chunks(planIds.stream().map(String::valueOf).toList())) {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyIn(keys.toArray(String[]::new))
          .processDefinitionKeyIn(PlanLifecycleProcess.KEY, AssignmentProcess.KEY).list()) {
        Instance found = new Instance(instance.getId(), instance.getEndTime() == null,
            instance.getProcessDefinitionId());
        if (PlanLifecycleProcess.KEY.equals(instance.getProcessDefinitionKey())) {
          lifecycles.merge(Long.parseLong(instance.getBusinessKey()), found, (a, b) -> a.running() ? a : b);
        } else {
          assignmentInstances.put(instance.getId(), found);
        }
      }
    }
    Map<Long, Instance> assignments = new HashMap<>();
    for (List<String> ids : chunks(List.copyOf(assignmentInstances.keySet()))) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(ids.toArray(String[]::new)).variableName(ASSIGNMENT_ID.name())
          .disableCustomObjectDeserialization().list()) {
        // the call activity's mapping sets it on the instance itself, once
        if (variable.getValue() instanceof Long assignmentId) {
          assignments.merge(assignmentId, assignmentInstances.get(variable.getProcessInstanceId()),
              (a, b) -> a.running() ? a : b);
        }
      }
    }
    return new Found(Map.copyOf(lifecycles), Map.copyOf(assignments));
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < all.size(); start += CHUNK) {
      chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
    }
    return chunks;
  }
}
