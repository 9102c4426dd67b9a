package vn.kehoach.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's request for more time ("xin gia hạn") and the issuing body's answer. */
public record ExtensionRequest(long id, long assignmentId, Instant requestedAt, String requestedBy, String reason,
                               LocalDate newDueDate, Instant decidedAt, String decidedBy, String decision,
                               String remark) {}
