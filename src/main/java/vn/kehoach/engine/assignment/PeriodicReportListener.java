package vn.kehoach.engine.assignment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.ProcessText;
import vn.kehoach.engine.assignment.AssignmentProcess.Vars;

/** A periodic report task completes only with a non-empty {@code periodicReport}. */
@Component("periodicReportListener")
public class PeriodicReportListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object report = task.getVariable(Vars.PERIODIC_REPORT.name());
    if (!(report instanceof String text) || text.isBlank()) {
      throw new NotValidException("periodicReport is required (chưa nhập báo cáo định kỳ)");
    }
    if (text.length() > ProcessText.MAX) {
      throw new NotValidException("periodicReport is longer than " + ProcessText.MAX + " characters");
    }
  }
}
