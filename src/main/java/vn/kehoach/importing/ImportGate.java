package vn.kehoach.importing;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.kehoach.system.RequestRefusedException;

/**
 * At most a few documents are read at once: each may take tens of megabytes while POI builds it, and a burst of
 * uploads must not take the heap, and with it every other request, down. A request that finds no place within a few
 * seconds is told to try again (HTTP 503).
 */
@Component
public class ImportGate {

  private static final long WAIT_SECONDS = 5;

  private final Semaphore places;

  public ImportGate(@Value("${app.import.max-concurrent:2}") int maxConcurrent) {
    this.places = new Semaphore(Math.max(1, maxConcurrent), true);
  }

  public <T> T read(Supplier<T> reading) {
    boolean entered;
    try {
      entered = places.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    if (!entered) {
      throw new Busy();
    }
    try {
      return reading.get();
    } finally {
      places.release();
    }
  }

  /** No place to read one more document now. */
  public static final class Busy extends RequestRefusedException {
    Busy() {
      super("Máy chủ đang đọc nhiều văn bản cùng lúc; thử lại sau ít phút (too many documents being read at once; "
          + "try again in a few minutes)");
    }

    @Override
    public int httpStatus() {
      return 503;
    }
  }
}
