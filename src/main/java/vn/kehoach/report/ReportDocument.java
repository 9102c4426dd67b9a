package vn.kehoach.report;

import java.time.Instant;

/**
 * A generated report document (table report_document): never changed once written, except for being presented to
 * the signer's task and approved.
 *
 * @param presentedTask the acceptance task it was shown in, if any
 * @param numberText the number the clerk registered at approval ("01-BC/TU"), null before
 */
public record ReportDocument(long id, long planId, ReportCycle cycle, String sha256, Instant createdAt,
                             String createdBy, String presentedTask, Instant approvedAt, String approvedBy,
                             String numberText) {}
