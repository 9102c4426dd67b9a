package vn.kehoach.system;

import java.util.List;

/** A request whose values cannot be accepted (HTTP 400); each problem names its field. */
public class InvalidRequestException extends RequestRefusedException {

  private final transient List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b)
        .orElse("invalid request"));
    this.problems = List.copyOf(problems);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new FieldProblem(field, message)));
  }

  @Override
  public int httpStatus() {
    return 400;
  }

  @Override
  public List<FieldProblem> problems() {
    return problems;
  }
}
