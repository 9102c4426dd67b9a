package vn.kehoach.importing;

/**
 * Something to check in an imported plan.
 *
 * @param line the line of the document it concerns (1-based), 0 when it concerns the whole document
 * @param excerpt the text there, shortened; null when it concerns the whole document
 */
public record ImportWarning(WarningCode code, String messageVi, String messageEn, int line, String excerpt) {

  /** Vietnamese, then English in brackets. */
  public String message() {
    return messageVi + " (" + messageEn + ")";
  }
}
