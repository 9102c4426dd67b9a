package vn.kehoach.importing;

/** The upload is larger than the limit the caller set (HTTP 413). */
public final class DocumentTooLargeException extends DocumentImportException {

  private final long limitBytes;

  public DocumentTooLargeException(long limitBytes) {
    super("Tệp vượt quá dung lượng cho phép " + limitBytes + " byte",
        "the document is larger than the limit of " + limitBytes + " bytes", null);
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }

  @Override
  public int httpStatus() {
    return 413;
  }
}
