package vn.kehoach.plan;

import java.util.List;

/** A plan request that cannot be accepted; each problem names its field. */
public class InvalidPlanException extends RuntimeException {

  /** One problem with one field, e.g. {@code assignments[1].unit}. */
  public record FieldProblem(String field, String message) {}

  private final transient List<FieldProblem> problems;

  public InvalidPlanException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid plan"));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
