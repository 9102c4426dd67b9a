package vn.kehoach.plan;

/** Another plan, as a link: a plan carrying this one out ("implementedBy"). */
public record PlanLink(long id, String number, String title, String issuer) {}
