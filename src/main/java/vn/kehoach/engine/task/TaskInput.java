package vn.kehoach.engine.task;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.system.UserText;

/**
 * The values a user sends to complete a task, and the problems found in them. Each check adds a short message,
 * Vietnamese first, that says what to do; nothing is thrown until every field has been looked at.
 */
public final class TaskInput {

  private final Map<String, Object> values;
  private final List<String> problems = new ArrayList<>();

  TaskInput(Map<String, ?> submitted) {
    Map<String, Object> plain = new HashMap<>();
    if (submitted != null) {
      submitted.forEach((name, value) -> plain.put(name, value instanceof TypedValue typed ? typed.getValue() : value));
    }
    this.values = plain;
  }

  public static TaskInput of(Map<String, ?> submitted) {
    return new TaskInput(submitted);
  }

  public Set<String> names() {
    return values.keySet();
  }

  public Object value(String name) {
    return values.get(name);
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  public void problem(String message) {
    problems.add(message);
  }

  /**
   * Every text sent, whatever the rule reads: one with a control or bidi character is refused, so that none is kept
   * in a variable (a text set before completing, or one the chosen outcome does not read, is kept all the same).
   */
  public void refuseControlCharacters() {
    values.forEach((name, value) -> {
      String refusal = value instanceof String text ? UserText.refusal(name, text) : null;
      if (refusal != null) {
        problem(refusal);
      }
    });
  }

  /** One of the allowed choices of a radio field, or null (with a problem) when missing or not allowed. */
  public <E extends Enum<E>> E choice(String name, Class<E> type, Set<E> allowed, String missing) {
    Object value = values.get(name);
    if (value == null || value.toString().isBlank()) {
      problem(missing + " (" + name + " is required: one of " + allowed + ")");
      return null;
    }
    for (E candidate : allowed) {
      if (candidate.name().equals(value.toString())) {
        return candidate;
      }
    }
    problem("Giá trị '" + value + "' không dùng được ở bước này (" + name + " must be one of " + allowed + ")");
    return null;
  }

  /** A typed text that must be there. */
  public String requiredText(String name, int max, String missing) {
    String text = optionalText(name, max);
    if (text == null || text.isEmpty()) {
      problem(missing + " (" + name + " is required)");
      return null;
    }
    return text;
  }

  /**
   * A typed text that may be absent; at most {@code max} characters (a process variable holds 4,000), without
   * control or bidi characters (refused, as in the plan's own texts: {@link UserText}); returned as kept.
   */
  public String optionalText(String name, int max) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      problem("Trường '" + name + "' phải là văn bản (" + name + " must be a string)");
      return null;
    }
    if (text.length() > max) {
      problem("Nội dung '" + name + "' dài quá " + String.format("%,d", max).replace(',', '.')
          + " ký tự; rút gọn hoặc đính kèm phần chi tiết (" + name + " is longer than " + max + " characters)");
      return null;
    }
    String refusal = UserText.refusal(name, text);
    if (refusal != null) {
      problem(refusal);
      return null;
    }
    return UserText.normalise(text).strip();
  }

  /** A checkbox that must be ticked. */
  public void ticked(String name, String missing) {
    Object value = values.get(name);
    if (!Boolean.TRUE.equals(value) && !"true".equals(value)) {
      problem(missing + " (" + name + " must be true)");
    }
  }

  /** A date from the form ("2027-04-05", maybe with a time) or from an API client (a Date); null with a problem. */
  public LocalDate requiredDate(String name, String missing) {
    Object value = values.get(name);
    if (value == null || value.toString().isBlank()) {
      problem(missing + " (" + name + " is required)");
      return null;
    }
    try {
      return date(value);
    } catch (DateTimeParseException e) {
      problem("Ngày '" + value + "' không hợp lệ (" + name + " is not a date yyyy-mm-dd)");
      return null;
    }
  }

  /** A date as the form sends it ("2027-04-05", maybe with a time) or as an API client may (a Date), in Vietnam. */
  public static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), Deadline.VIETNAM);
    }
    String text = value.toString().strip();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
