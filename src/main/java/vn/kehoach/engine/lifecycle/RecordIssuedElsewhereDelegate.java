package vn.kehoach.engine.lifecycle;

import static vn.kehoach.engine.PlanVariables.PLAN_ID;
import static vn.kehoach.engine.PlanVariables.PLAN_ISSUED_ON_TEXT;
import static vn.kehoach.engine.PlanVariables.PLAN_NUMBER;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanService;

/**
 * A plan issued elsewhere keeps the number and date its issuer gave it: the forms show them, as they show the number
 * our register gives a plan signed here ({@link IssuePlanDelegate}).
 */
@Component("recordIssuedElsewhereDelegate")
public class RecordIssuedElsewhereDelegate implements JavaDelegate {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PlanService plans;

  public RecordIssuedElsewhereDelegate(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Plan plan = plans.get(PLAN_ID.from(execution));
    PLAN_NUMBER.on(execution, plan.number().text());
    PLAN_ISSUED_ON_TEXT.on(execution, VIETNAMESE_DATE.format(plan.number().issuedOn()));
  }
}
