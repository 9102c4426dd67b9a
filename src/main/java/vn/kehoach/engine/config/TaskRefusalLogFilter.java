package vn.kehoach.engine.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
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

  /**
   * Adds the filter to the logging context, and again after each reset of it (Spring Boot resets logging when
   * another application context starts in the same JVM, as tests do).
   */
  public static void install(LoggerContext logging) {
    if (logging.getTurboFilterList().stream().noneMatch(TaskRefusalLogFilter.class::isInstance)) {
      TaskRefusalLogFilter filter = new TaskRefusalLogFilter();
      filter.start();
      logging.addTurboFilter(filter);
    }
    if (logging.getCopyOfListenerList().stream().noneMatch(ReinstallOnReset.class::isInstance)) {
      logging.addListener(new ReinstallOnReset());
    }
  }

  private static final class ReinstallOnReset implements LoggerContextListener {
    @Override
    public boolean isResetResistant() {
      return true;
    }

    @Override
    public void onReset(LoggerContext context) {
      install(context);
    }

    @Override
    public void onStart(LoggerContext context) {}

    @Override
    public void onStop(LoggerContext context) {}

    @Override
    public void onLevelChange(Logger logger, Level level) {}
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!logger.getName().startsWith(CAMUNDA_REST_EXCEPTIONS)) {
      return FilterReply.NEUTRAL;
    }
    // Camunda's REST API logs the stack trace as text (the message itself), not as the event's throwable
    if (isRefusal(t) || mentionsRefusal(format)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable thrown ? isRefusal(thrown) : mentionsRefusal(param)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean mentionsRefusal(Object text) {
    return text instanceof String message && message.contains(TaskInputRejected.class.getName());
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
