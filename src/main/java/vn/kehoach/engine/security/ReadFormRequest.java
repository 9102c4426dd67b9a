package vn.kehoach.engine.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A form-encoded request whose body is read here for one field, then read again from the start by the application
 * behind. (Asking the container for a parameter would consume the body: Jersey, behind, then finds no form and warns.)
 */
final class ReadFormRequest extends HttpServletRequestWrapper {

  /** A login form is far smaller; a larger body is passed on unexamined. */
  static final int MAX_READ = 16 * 1024;

  private final byte[] head;
  private ServletInputStream replay;

  ReadFormRequest(HttpServletRequest request) throws IOException {
    super(request);
    this.head = request.getInputStream().readNBytes(MAX_READ + 1);
  }

  /** The field's value; null when it is missing, malformed, or the body too large to be examined. */
  String field(String name) {
    if (head.length > MAX_READ) {
      return null;
    }
    try {
      Charset charset = charset();
      for (String pair : new String(head, charset).split("&")) {
        int equals = pair.indexOf('=');
        if (URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset).equals(name)) {
          return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
        }
      }
    } catch (IllegalArgumentException malformed) {
      // an unknown charset or a broken %-escape: Camunda answers such a request itself
    }
    return null;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (replay == null) {
      replay = new Replay(new SequenceInputStream(new ByteArrayInputStream(head), super.getInputStream()));
    }
    return replay;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
  }

  private Charset charset() {
    return getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
  }

  /** The body read here, then the rest of it (if any) from the container. */
  private static final class Replay extends ServletInputStream {

    private final InputStream in;
    private boolean finished;

    Replay(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      finished = b < 0;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      finished = n < 0;
      return n;
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    @Override
    public boolean isFinished() {
      return finished;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException("the login form is read blocking");
    }
  }
}
