package vn.kehoach.engine.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;
import vn.kehoach.engine.task.TaskInputRejected;

/**
 * A refused task completion is a user's mistake, logged once as one WARN line by TaskInputGuard. Tasklist's own REST
 * API would log it a second time, as "ENGINE-REST-HTTP500" with a stack trace of some 170 lines; that second entry is
 * dropped here. Every other log event, of Camunda's REST API too, passes untouched.
 */
public class TaskRefusalLogFilter extends TurboFilter {

  static final String CAMUNDA_REST_EXCEPTIONS = "org.camunda.bpm.engine.rest.exception";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!logger.getName().startsWith(CAMUNDA_REST_EXCEPTIONS)) {
      return FilterReply.NEUTRAL;
    }
    if (isRefusal(t)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        // Camunda's REST API logs the stack trace as text, not as the event's throwable
        if (param instanceof Throwable thrown ? isRefusal(thrown)
            : param instanceof String text && text.contains(TaskInputRejected.class.getName())) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean isRefusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof TaskInputRejected) {
        return true;
      }
    }
    return false;
  }
}
