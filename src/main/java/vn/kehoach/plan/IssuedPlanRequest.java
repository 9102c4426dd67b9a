package vn.kehoach.plan;

import java.time.LocalDate;

/**
 * A plan another body issued (on paper, by e-mail, by another system), to be followed here from its execution on.
 *
 * @param plan the plan's content; its {@code issuer} is the unit that issued it when that body is in the
 *     organisation, null when it is outside; its {@code drafter} is ignored
 * @param number the number the document carries, as written ("148-KH/TU", "115/KH-UBND")
 * @param issuedOn the date the document carries; deadlines are read against it
 * @param issuerAsWritten the issuing body as the document writes it; required when {@code plan.issuer()} is null
 * @param receivingOffice the office that takes it in and follows it; null for the viewer's own office
 */
public record IssuedPlanRequest(PlanRequest plan, String number, LocalDate issuedOn, String issuerAsWritten,
                                String receivingOffice) {}
