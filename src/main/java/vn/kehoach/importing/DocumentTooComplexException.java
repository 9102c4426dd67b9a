package vn.kehoach.importing;

/**
 * A document that unpacks to far more than any plan needs: a .docx with too many parts, parts too large once
 * inflated, an inflation ratio of a zip bomb, or more text than a plan holds (HTTP 413).
 */
public final class DocumentTooComplexException extends DocumentImportException {

  public DocumentTooComplexException(String messageVi, String messageEn) {
    super(messageVi, messageEn, null);
  }

  @Override
  public int httpStatus() {
    return 413;
  }
}
