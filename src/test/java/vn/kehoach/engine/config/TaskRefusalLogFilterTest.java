package vn.kehoach.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.engine.task.TaskInputRejected;

/** Camunda's REST API logs a refused completion as text: that second entry goes, every other one stays. */
class TaskRefusalLogFilterTest {

  @Test
  void dropsOnlyTheRestApisRepeatOfARefusal() {
    LoggerContext context = new LoggerContext();
    TaskRefusalLogFilter.install(context);
    context.reset(); // as Spring Boot does when another application context starts
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    Logger rest = context.getLogger(TaskRefusalLogFilter.CAMUNDA_REST_EXCEPTIONS);
    rest.addAppender(events);
    Logger other = context.getLogger("vn.kehoach.engine.task.TaskInputGuard");
    other.addAppender(events);

    RuntimeException refused = new RuntimeException("Cannot submit task form",
        new TaskInputRejected(List.of("Chưa nhập báo cáo kết quả thực hiện (report is required)")));
    rest.warn("ENGINE-REST-HTTP500 {}", stackTrace(refused));
    rest.warn("ENGINE-REST-HTTP500 " + stackTrace(refused));
    rest.warn("ENGINE-REST-HTTP500 cannot submit", refused);
    rest.warn("ENGINE-REST-HTTP500 {}", stackTrace(new IllegalStateException("a real fault")));
    other.warn("Refused completion of task 1: {}", refused.getCause().getMessage());

    assertThat(events.list).extracting(ILoggingEvent::getLoggerName)
        .containsExactly(TaskRefusalLogFilter.CAMUNDA_REST_EXCEPTIONS, "vn.kehoach.engine.task.TaskInputGuard");
    assertThat(events.list.get(0).getFormattedMessage()).contains("a real fault");
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
