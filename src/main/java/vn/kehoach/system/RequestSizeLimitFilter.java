package vn.kehoach.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kehoach.system.ApiExceptionHandler.ApiError;

/**
 * Refuses request bodies over {@code app.api.max-request-bytes} on the domain API with 413: at once when the
 * declared length is too large, and while reading when a body without a length runs over. Uploads a feature allows
 * more ({@link LargerBodyLimit}) get their own limit and message.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestSizeLimitFilter.class);

  private final long limit;
  private final ObjectMapper json;
  private final List<LargerBodyLimit> larger;

  public RequestSizeLimitFilter(long limit, ObjectMapper json) {
    this(limit, json, List.of());
  }

  public RequestSizeLimitFilter(long limit, ObjectMapper json, List<LargerBodyLimit> larger) {
    this.limit = limit;
    this.json = json;
    this.larger = List.copyOf(larger);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<LargerBodyLimit> own = larger.stream().filter(l -> l.appliesTo(request)).findFirst();
    long limit = own.map(LargerBodyLimit::limit).orElse(this.limit);
    RequestTooLargeException tooLarge = own.map(l -> new RequestTooLargeException(l.refusal()))
        .orElseGet(() -> new RequestTooLargeException(limit));
    if (request.getContentLengthLong() > limit) {
      // a person's mistake, one line as ApiExceptionHandler logs them; before login, so the address, not the user
      log.warn("413 {} {} ({}; {} bytes declared): {}", request.getMethod(), request.getRequestURI(),
          request.getRemoteAddr(), request.getContentLengthLong(), tooLarge.getMessage());
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), new ApiError(413, HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase(),
          tooLarge.getMessage(), List.of()));
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit, tooLarge.getMessage()), response);
  }

  /** Counts what the application reads and stops past the limit. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private final String refusal;

    LimitedRequest(HttpServletRequest request, long limit, String refusal) {
      super(request);
      this.limit = limit;
      this.refusal = refusal;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > limit) {
            throw new RequestTooLargeException(refusal);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0 && (read += n) > limit) {
            throw new RequestTooLargeException(refusal);
          }
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
