package vn.kehoach.engine.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.kehoach.engine.task.TaskInputRejected;

/**
 * Tasklist submits forms through the webapp's own REST API, which reports any engine exception on submit as
 * "500 Cannot submit task form &lt;id&gt;: …". When the refusal was the task's contract (a user's mistake, not a
 * fault), the answer becomes 400 with the contract's own message, as {@code /engine-rest} gives it, so that
 * Tasklist shows the person only what to correct.
 */
public class TaskRefusalFilter extends OncePerRequestFilter {

  private final ObjectMapper json;

  public TaskRefusalFilter(ObjectMapper json) {
    this.json = json;
  }

  /** Reading never completes a task nor changes a variable; large reads (task lists, files) are not buffered. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    TaskInputRejected.takeCurrent();
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
      TaskInputRejected rejected = TaskInputRejected.takeCurrent();
      if (rejected != null && buffered.getStatus() >= 400) {
        buffered.resetBuffer();
        buffered.setStatus(HttpStatus.BAD_REQUEST.value());
        buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
        buffered.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TaskInputRejected");
        body.put("message", rejected.getMessage());
        body.put("problems", rejected.problems());
        json.writeValue(buffered.getOutputStream(), body);
      }
    } finally {
      TaskInputRejected.takeCurrent();
      buffered.copyBodyToResponse();
    }
  }
}
