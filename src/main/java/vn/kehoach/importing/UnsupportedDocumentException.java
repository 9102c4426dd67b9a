package vn.kehoach.importing;

/** Not UTF-8 text nor a .docx: binary content, invalid UTF-8, a PDF, an old .doc or a corrupt .docx (HTTP 415). */
public final class UnsupportedDocumentException extends DocumentImportException {

  public UnsupportedDocumentException(String messageVi, String messageEn) {
    this(messageVi, messageEn, null);
  }

  public UnsupportedDocumentException(String messageVi, String messageEn, Throwable cause) {
    super(messageVi, messageEn, cause);
  }

  @Override
  public int httpStatus() {
    return 415;
  }
}
