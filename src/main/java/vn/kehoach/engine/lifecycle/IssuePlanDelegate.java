package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.*;
import static vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Vars.*;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.numbering.DocumentNumber;
import vn.kehoach.plan.PlanService;

/** After signature: the plan takes its number and date from the issuer's register. */
@Component("issuePlanDelegate")
public class IssuePlanDelegate implements JavaDelegate {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PlanService plans;

  public IssuePlanDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DocumentNumber number = plans.issue(PLAN_ID.from(execution));
    PLAN_NUMBER.on(execution, number.text());
    PLAN_ISSUED_ON_TEXT.on(execution, VIETNAMESE_DATE.format(number.issuedOn()));
  }
}
