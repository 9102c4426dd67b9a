package vn.kehoach.plan;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which plans to list; every part optional.
 *
 * @param issuer the issuing unit's id
 * @param states the plan is in one of these; empty for any
 * @param from the first day of the period: issued on or after it, or, not issued, created on or after it (Vietnam)
 * @param to the last day of the period, likewise
 * @param number a part of the document number ("01-KH", "kh/tu"), case not minded
 */
public record PlanFilter(String issuer, Set<PlanState> states, LocalDate from, LocalDate to, String number) {

  public PlanFilter {
    states = states == null ? Set.of() : Set.copyOf(states);
  }

  public static PlanFilter all() {
    return new PlanFilter(null, Set.of(), null, null, null);
  }
}
