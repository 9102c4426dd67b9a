package vn.kehoach.importing;

/**
 * A document of a kind the importer reads whose text cannot be got at: a PDF that needs a password, a scan when
 * OCR is not available or finds no text, OCR that fails or takes too long (HTTP 422).
 */
public final class UnreadableDocumentException extends DocumentImportException {

  public UnreadableDocumentException(String messageVi, String messageEn) {
    this(messageVi, messageEn, null);
  }

  public UnreadableDocumentException(String messageVi, String messageEn, Throwable cause) {
    super(messageVi, messageEn, cause);
  }

  @Override
  public int httpStatus() {
    return 422;
  }
}
