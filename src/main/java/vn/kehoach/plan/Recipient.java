package vn.kehoach.plan;

import java.time.Instant;

/**
 * A line of "Nơi nhận": a unit of the organisation, or just a name for bodies outside it.
 *
 * @param disseminatedAt when the issued plan was sent to it
 * @param acknowledgedAt when the unit confirmed receipt ("Tiếp nhận"); only for units that act on it
 */
public record Recipient(long id, int position, String unit, String name, RecipientPurpose purpose,
                        Instant disseminatedAt, Instant acknowledgedAt, String acknowledgedBy) {

  /** Units inside the system that act on the plan confirm receipt; the others are recorded only. */
  public boolean acknowledges() {
    return unit != null && purpose == RecipientPurpose.EXECUTE;
  }
}
