package vn.kehoach.importing;

import vn.kehoach.system.RequestRefusedException;

/**
 * Why an uploaded document cannot be imported at all. Each subtype carries the HTTP status the API answers with, so
 * the web layer maps them without knowing the reasons; the message is Vietnamese first, then English.
 */
public abstract sealed class DocumentImportException extends RequestRefusedException
    permits UnsupportedDocumentException, DocumentTooLargeException, NoPlanStructureException,
    DocumentTooComplexException, UnreadableDocumentException {

  private final String messageVi;
  private final String messageEn;

  protected DocumentImportException(String messageVi, String messageEn, Throwable cause) {
    super(messageVi + " (" + messageEn + ")", cause);
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  /** 415, 413 or 422. */
  @Override
  public abstract int httpStatus();

  public String messageVi() {
    return messageVi;
  }

  public String messageEn() {
    return messageEn;
  }
}
