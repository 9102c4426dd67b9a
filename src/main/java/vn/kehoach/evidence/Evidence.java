package vn.kehoach.evidence;

import java.time.Instant;

/**
 * A file attached as evidence (tài liệu minh chứng): to a unit's report on an assignment, or, without an assignment,
 * to the plan's consolidated report. The bytes are apart ({@link EvidenceRepository#content}).
 *
 * @param contentType the type its content was found to be ({@link FileKind}), whatever its name says
 * @param sha256 the SHA-256 of the bytes, 64 lowercase hex digits
 */
public record Evidence(long id, long planId, Long assignmentId, String fileName, String contentType, long size,
                       String sha256, String note, String uploadedBy, Instant uploadedAt) {

  /** The first twelve hex digits of the hash, as lists show it. */
  public String shortHash() {
    return sha256.substring(0, 12);
  }
}
