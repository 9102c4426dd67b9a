package vn.kehoach.system;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures of the domain API ({@code /api/**}) into JSON errors that say, Vietnamese first, what is wrong and
 * what to do, and never show the code's insides (class names, parser internals). A person's mistake is logged as
 * one WARN line; an unexpected failure as one ERROR with its stack trace, answered 500 with a reference to quote.
 *
 * <p>Not limited to the application's controllers, because an unknown path or method fails before any controller
 * is chosen; outside {@code /api} such failures are rethrown to Spring's default handling.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private static final String EMPTY_BODY = "Thiếu nội dung yêu cầu (JSON): gửi dữ liệu JSON trong thân yêu cầu, kèm "
      + "Content-Type: application/json (request body missing: send JSON)";

  /** The error body: a message, and the field each problem concerns. */
  public record ApiError(int status, String error, String message, List<FieldProblem> errors) {}

  /** Every feature's refusals (a wrong value, not found, forbidden, a state or version that no longer fits). */
  @ExceptionHandler(RequestRefusedException.class)
  ResponseEntity<ApiError> refused(RequestRefusedException e, HttpServletRequest request) {
    return mistake(request, HttpStatus.valueOf(e.httpStatus()), e.getMessage(), e.problems());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestTooLargeException tooLarge) {
        return tooLarge(tooLarge, request);
      }
    }
    Throwable cause = e.getCause();
    // Spring reports an empty body without a cause; Jackson a body of blanks as "no content"
    if (cause == null || cause instanceof MismatchedInputException empty && empty.getPath().isEmpty()
        && empty.getOriginalMessage().startsWith("No content to map")) {
      return mistake(request, HttpStatus.BAD_REQUEST, EMPTY_BODY, List.of(new FieldProblem("body", EMPTY_BODY)));
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      String field = path(unknown);
      String accepted = names(unknown.getKnownPropertyIds());
      return problem(request, field, "Trường '" + field + "' không có trong yêu cầu này; các trường hợp lệ: " + accepted
          + " (unknown field; accepted fields: " + accepted + ")");
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        && !mapping.getOriginalMessage().startsWith("Unexpected end-of-input")) { // a cut-off body is malformed
      Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      Object value = mapping instanceof InvalidFormatException format ? format.getValue() : null;
      return problem(request, path(mapping), wrongValue(path(mapping), value, type));
    }
    JsonLocation at = cause instanceof JsonProcessingException json ? json.getLocation() : null;
    boolean placed = at != null && at.getLineNr() > 0;
    String message = "Dữ liệu JSON không hợp lệ"
        + (placed ? " ở dòng " + at.getLineNr() + ", cột " + at.getColumnNr() : "")
        + ": kiểm tra dấu ngoặc, dấu phẩy, dấu nháy (malformed JSON"
        + (placed ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : "") + ")";
    return mistake(request, HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem("body", message)));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return problem(request, e.getName(), wrongValue(e.getName(), e.getValue(), e.getRequiredType()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
    return problem(request, e.getParameterName(), "Thiếu tham số '" + e.getParameterName() + "' (missing parameter)");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
      throws Exception {
    onlyOnApi(e, request);
    String sent = e.getContentType() == null ? "không có" : e.getContentType().toString();
    return mistake(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung '" + sent + "' không được nhận: gửi "
        + "JSON kèm Content-Type: application/json (unsupported Content-Type; send application/json)", List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
      throws Exception {
    onlyOnApi(e, request);
    String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
        .map(Object::toString).collect(Collectors.joining(", "));
    String message = "Địa chỉ này không nhận " + e.getMethod() + (allowed.isEmpty() ? "" : "; dùng " + allowed)
        + " (method not allowed" + (allowed.isEmpty() ? "" : "; use " + allowed) + ")";
    return answer(request, HttpStatus.METHOD_NOT_ALLOWED, message, List.of(), e.getHeaders());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e, HttpServletRequest request) throws Exception {
    onlyOnApi(e, request);
    return mistake(request, HttpStatus.NOT_FOUND, "Không có địa chỉ " + request.getMethod() + " " + path(request)
        + " trong API (no such API path)", List.of());
  }


  @ExceptionHandler(RequestTooLargeException.class)
  ResponseEntity<ApiError> tooLarge(RequestTooLargeException e, HttpServletRequest request) {
    return mistake(request, HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), List.of());
  }


  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ApiError> conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
    return mistake(request, HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  /**
   * Spring's other refusals of a request (a missing multipart part, an upload over the limit …) keep their status
   * with a plain message; anything else is a fault of the server: logged once with its stack trace, and answered
   * without internals.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) throws Exception {
    onlyOnApi(e, request);
    if (e instanceof ErrorResponse refused && refused.getStatusCode().is4xxClientError()) {
      HttpStatusCode status = refused.getStatusCode();
      String message = status.value() == 413 ? "Dữ liệu gửi lên quá lớn (request too large)"
          : "Yêu cầu không hợp lệ (bad request, HTTP " + status.value() + ")";
      return answer(request, status, message, List.of(), refused.getHeaders());
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("500 {} {} ({}), mã lỗi {}", request.getMethod(), path(request), request.getRemoteUser(), reference, e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi máy chủ, không thực hiện được yêu cầu; hãy thử lại sau, nếu "
        + "vẫn lỗi hãy báo quản trị viên mã lỗi " + reference + " (server error; quote this reference: " + reference
        + ")", List.of(), HttpHeaders.EMPTY);
  }

  /** What a value should have been, in words and with the accepted values of a list of choices. */
  private static String wrongValue(String field, Object value, Class<?> type) {
    String shown = value == null ? null : value.toString();
    String given = shown == null ? "" : " '" + (shown.length() > 100 ? shown.substring(0, 100) + "…" : shown) + "'";
    String expected;
    String english;
    if (type != null && type.isEnum()) {
      String accepted = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
      expected = "giá trị hợp lệ: " + accepted;
      english = "accepted values: " + accepted;
    } else if (type != null && (type.isArray() || Collection.class.isAssignableFrom(type))) {
      expected = "cần một danh sách JSON [ … ]";
      english = "a JSON array";
    } else if (type == String.class) {
      expected = "cần một chuỗi ký tự \"…\"";
      english = "text";
    } else if (type == LocalDate.class) {
      expected = "cần một ngày dạng yyyy-mm-dd";
      english = "a date yyyy-mm-dd";
    } else if (type == boolean.class || type == Boolean.class) {
      expected = "cần true hoặc false";
      english = "true or false";
    } else if (type != null && (type.isPrimitive() || Number.class.isAssignableFrom(type))) {
      expected = "cần một số";
      english = "a number";
    } else if (type != null && !type.getName().startsWith("java.")) {
      expected = "cần một đối tượng JSON { … }";
      english = "a JSON object";
    } else {
      expected = "kiểm tra kiểu dữ liệu";
      english = "check its type";
    }
    return "Giá trị" + given + " của '" + field + "' không hợp lệ; " + expected + " (invalid value; " + english + ")";
  }

  private static String names(Collection<Object> ids) {
    return ids == null ? "" : ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining()).replaceFirst("^\\.", "");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Failures before any controller was chosen concern only the API here; elsewhere Spring handles them. */
  private static void onlyOnApi(Exception e, HttpServletRequest request) throws Exception {
    String path = path(request);
    if (!path.equals("/api") && !path.startsWith("/api/")) {
      throw e;
    }
  }

  private static ResponseEntity<ApiError> problem(HttpServletRequest request, String field, String message) {
    return mistake(request, HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem(field, message)));
  }

  private static ResponseEntity<ApiError> mistake(HttpServletRequest request, HttpStatus status, String message,
                                                  List<FieldProblem> problems) {
    return answer(request, status, message, problems, HttpHeaders.EMPTY);
  }

  /** A person's mistake: one line, no stack trace; line breaks a client sent are kept out of the log. */
  private static ResponseEntity<ApiError> answer(HttpServletRequest request, HttpStatusCode status, String message,
                                                 List<FieldProblem> problems, HttpHeaders headers) {
    log.warn("{} {} {} ({}): {}", status.value(), request.getMethod(), path(request), request.getRemoteUser(),
        message.replaceAll("[\\r\\n]+", " "));
    return body(status, message, problems, headers);
  }

  private static ResponseEntity<ApiError> body(HttpStatusCode status, String message, List<FieldProblem> problems,
                                               HttpHeaders headers) {
    HttpStatus known = HttpStatus.resolve(status.value());
    // a preset Content-Type: the error is JSON whatever the request's Accept said
    return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(status.value(), known == null ? "" : known.getReasonPhrase(), message, problems));
  }
}
