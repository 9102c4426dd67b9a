package vn.kehoach.engine.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The deployed Camunda Forms, read once from the classpath: what each form lets a user send. */
public final class TaskForms {

  private final Map<String, TaskForm> forms;

  private TaskForms(Map<String, TaskForm> forms) {
    this.forms = Map.copyOf(forms);
  }

  /** The forms under {@code classpath:forms/}, deployed with the processes. */
  public static TaskForms fromClasspath() {
    ObjectMapper json = new ObjectMapper();
    Map<String, TaskForm> forms = new HashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          TaskForm form = read(json.readTree(in));
          forms.put(form.id(), form);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the task forms", e);
    }
    return new TaskForms(forms);
  }

  static TaskForm read(JsonNode form) {
    Set<String> inputs = new LinkedHashSet<>();
    Set<String> shown = new LinkedHashSet<>();
    collect(form.path("components"), inputs, shown);
    return new TaskForm(form.path("id").asText(), inputs, shown);
  }

  private static void collect(JsonNode components, Set<String> inputs, Set<String> shown) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        boolean readOnly = component.path("disabled").asBoolean() || component.path("readonly").asBoolean();
        (readOnly ? shown : inputs).add(component.get("key").asText());
      }
      collect(component.path("components"), inputs, shown);
    }
  }

  public Optional<TaskForm> form(String id) {
    return Optional.ofNullable(forms.get(id));
  }

  public TaskForm require(String id) {
    return form(id).orElseThrow(() -> new IllegalStateException("No form '" + id + "' under forms/"));
  }
}
