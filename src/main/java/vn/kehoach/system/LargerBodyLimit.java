package vn.kehoach.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A body limit other than {@code app.api.max-request-bytes} for some requests of the domain API: file uploads
 * (evidence) are larger than any JSON request. A feature declares it as a bean; {@link RequestSizeLimitFilter} applies
 * the first that fits the request.
 */
public interface LargerBodyLimit {

  boolean appliesTo(HttpServletRequest request);

  /** The largest body accepted, in bytes (the file plus its multipart envelope). */
  long limit();

  /** The 413's message, Vietnamese first, naming the limit and its setting. */
  String refusal();
}
