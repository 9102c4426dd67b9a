package vn.kehoach.plan;

/** Why a recipient in "Nơi nhận" gets the document. */
public enum RecipientPurpose {
  /** "để thực hiện", or no purpose written: the unit acts on it and acknowledges it. */
  EXECUTE("để thực hiện"),
  /** "để b/c", "để biết": information for a higher or related body; recorded, no task. */
  INFORM("để b/c"),
  /** "Lưu VT": the archive copy; recorded, no task. */
  ARCHIVE("Lưu");

  private final String label;

  RecipientPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
