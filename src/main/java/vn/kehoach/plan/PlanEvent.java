package vn.kehoach.plan;

import java.time.Instant;

/** A decision taken on the plan (review, signature, report acceptance), kept with the plan. */
public record PlanEvent(Instant at, String step, String decision, String comment, String by) {}
