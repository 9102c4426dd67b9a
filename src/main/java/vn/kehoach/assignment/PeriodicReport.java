package vn.kehoach.assignment;

import java.time.Instant;

/** One report on ongoing or recurring work, for the period due at {@code periodDue}. */
public record PeriodicReport(Instant periodDue, Instant reportedAt, String report) {}
