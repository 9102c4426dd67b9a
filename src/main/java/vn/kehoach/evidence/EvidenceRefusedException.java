package vn.kehoach.evidence;

import vn.kehoach.system.RequestRefusedException;

/**
 * An upload or a deletion of evidence refused: too large (413), of a kind not accepted (415), empty (422), one file
 * too many (409), not allowed (403), the plan's state (409). Nothing is stored.
 */
public class EvidenceRefusedException extends RequestRefusedException {

  private final int status;

  EvidenceRefusedException(int status, String message) {
    super(message);
    this.status = status;
  }

  @Override
  public int httpStatus() {
    return status;
  }
}
