package vn.kehoach.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.kehoach.plan.InvalidPlanException;
import vn.kehoach.plan.PlanConflictException;
import vn.kehoach.plan.PlanForbiddenException;
import vn.kehoach.plan.InvalidPlanException.FieldProblem;
import vn.kehoach.plan.PlanNotFoundException;
import vn.kehoach.plan.PlanVersionException;

/** Turns failures of the domain API into clear JSON errors that say what is wrong. */
@RestControllerAdvice(basePackages = "vn.kehoach")
public class ApiExceptionHandler {

  /** The error body: a message, and the field each problem concerns. */
  public record ApiError(int status, String error, String message, List<FieldProblem> errors) {}

  @ExceptionHandler(InvalidPlanException.class)
  ResponseEntity<ApiError> invalid(InvalidPlanException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestTooLargeException tooLarge) {
        return tooLarge(tooLarge);
      }
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        && !mapping.getOriginalMessage().startsWith("Unexpected end-of-input")) {
      String field = path(mapping);
      String message = "has a wrong value or type (" + mapping.getOriginalMessage().lines().findFirst().orElse("") + ")";
      return error(HttpStatus.BAD_REQUEST, field + ": " + message, List.of(new FieldProblem(field, message)));
    }
    String detail = e.getMostSpecificCause().getMessage();
    String message = "Malformed JSON (dữ liệu JSON không hợp lệ): "
        + (detail == null ? "unreadable body" : detail.lines().findFirst().orElse(""));
    return error(HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem("body", message)));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
    String message = "'" + e.getValue() + "' is not a valid " + e.getName();
    return error(HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem(e.getName(), message)));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json (" + e.getMessage() + ")", List.of());
  }

  @ExceptionHandler(PlanNotFoundException.class)
  ResponseEntity<ApiError> notFound(PlanNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(PlanForbiddenException.class)
  ResponseEntity<ApiError> forbidden(PlanForbiddenException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  @ExceptionHandler(RequestTooLargeException.class)
  ResponseEntity<ApiError> tooLarge(RequestTooLargeException e) {
    return error(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), List.of());
  }

  @ExceptionHandler(PlanConflictException.class)
  ResponseEntity<ApiError> stateConflict(PlanConflictException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(PlanVersionException.class)
  ResponseEntity<ApiError> version(PlanVersionException e) {
    return error(e.missing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED, e.getMessage(),
        List.of());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ApiError> conflict(OptimisticLockingFailureException e) {
    return error(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<FieldProblem> problems) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, problems));
  }
}
