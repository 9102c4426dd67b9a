package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.REPORT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.ProcessText;

/** Guards the report tasks: they complete only with a non-empty {@code report}. */
@Component("reportTaskListener")
public class ReportTaskListener implements TaskListener {

  /** A report is a process variable: Camunda holds at most this many characters. */
  static final int MAX_REPORT = ProcessText.MAX;

  @Override
  public void notify(DelegateTask task) {
    Object report = task.getVariable(REPORT.name());
    if (!(report instanceof String text) || text.isBlank()) {
      throw new NotValidException("report is required (chưa nhập báo cáo)");
    }
    if (text.length() > MAX_REPORT) {
      throw new NotValidException("report is longer than " + MAX_REPORT + " characters (báo cáo quá dài; đính kèm "
          + "phần chi tiết)");
    }
  }
}
