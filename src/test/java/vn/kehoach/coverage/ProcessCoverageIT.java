package vn.kehoach.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * Runs after the process tests (failsafe, in {@code mvn verify}) on the coverage they recorded: together they must
 * pass every flow node and every sequence flow of both BPMN files. Prints the figures.
 */
class ProcessCoverageIT {

  private static final Path REPORTS = Path.of("target/process-test-coverage");
  private static final List<String> MODELS = List.of("plan-lifecycle", "assignment");

  @Test
  void theProcessTestsTogetherCoverEveryFlowNodeAndSequenceFlow() throws IOException {
    Map<String, Set<String>> passed = new TreeMap<>();
    List<String> suites = new ArrayList<>();
    try (Stream<Path> files = Files.walk(REPORTS)) {
      for (Path report : files.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        for (JsonNode suite : json.get("suites")) {
          if (!testClassExists(suite.get("id").asText())) {
            continue; // a report left by a test class that no longer exists
          }
          suites.add(suite.get("id").asText());
          for (JsonNode run : suite.get("runs")) {
            for (JsonNode event : run.get("events")) {
              passed.computeIfAbsent(event.get("modelKey").asText(), k -> new TreeSet<>())
                  .add(event.get("definitionKey").asText());
            }
          }
        }
      }
    }
    assertThat(suites).as("process test classes that recorded coverage").isNotEmpty();

    for (String key : MODELS) {
      BpmnModelInstance model = model(key);
      Set<String> nodes = ids(model, FlowNode.class);
      Set<String> flows = ids(model, SequenceFlow.class);
      Set<String> seen = passed.getOrDefault(key, Set.of());
      Set<String> missingNodes = new TreeSet<>(nodes);
      missingNodes.removeAll(seen);
      Set<String> missingFlows = new TreeSet<>(flows);
      missingFlows.removeAll(seen);
      System.out.printf("Process coverage %s: flow nodes %d/%d, sequence flows %d/%d (by %s)%n", key,
          nodes.size() - missingNodes.size(), nodes.size(), flows.size() - missingFlows.size(), flows.size(), suites);
      assertThat(missingNodes).as("flow nodes of %s no process test passes", key).isEmpty();
      assertThat(missingFlows).as("sequence flows of %s no process test takes", key).isEmpty();
    }
  }

  private static BpmnModelInstance model(String key) throws IOException {
    try (InputStream in = ProcessCoverageIT.class.getResourceAsStream("/processes/" + key + ".bpmn")) {
      return Bpmn.readModelFromStream(in);
    }
  }

  private static <T extends org.camunda.bpm.model.bpmn.instance.BaseElement> Set<String> ids(BpmnModelInstance model,
                                                                                                Class<T> type) {
    Set<String> ids = new TreeSet<>();
    model.getModelElementsByType(type).forEach(element -> ids.add(element.getId()));
    return ids;
  }

  private static boolean testClassExists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
