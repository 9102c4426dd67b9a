package vn.kehoach.importing;

/** Readable text, but not a plan: empty, no title, or no assignment of work to any body (HTTP 422). */
public final class NoPlanStructureException extends DocumentImportException {

  public NoPlanStructureException(String messageVi, String messageEn) {
    super(messageVi, messageEn, null);
  }

  @Override
  public int httpStatus() {
    return 422;
  }
}
