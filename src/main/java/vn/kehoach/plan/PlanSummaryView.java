package vn.kehoach.plan;

import java.time.LocalDate;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.plan.PlanView.UnitRef;

/** One line of {@code GET /api/plans}. */
public record PlanSummaryView(long id, String title, String number, LocalDate issuedOn, PlanState state,
                              String stateLabel, UnitRef issuer, UnitRef monitoringUnit, String processInstanceId) {

  public static PlanSummaryView of(Plan plan, Organisation organisation) {
    return new PlanSummaryView(plan.id(), plan.title(), plan.number() == null ? null : plan.number().text(),
        plan.number() == null ? null : plan.number().issuedOn(), plan.state(), plan.state().label(),
        PlanView.issuer(plan, organisation), PlanView.ref(plan.monitoringUnit(), organisation),
        plan.processInstanceId());
  }
}
