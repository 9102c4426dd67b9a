package vn.kehoach.report;

import vn.kehoach.system.RequestRefusedException;

/** The PDF could not be rendered (LibreOffice missing, failed or too slow): HTTP 503, the .docx still works. */
public class PdfUnavailableException extends RequestRefusedException {

  public PdfUnavailableException(String detail) {
    super("Không tạo được bản PDF của báo cáo, hãy tải bản .docx (the PDF could not be rendered: " + detail + ")");
  }

  @Override
  public int httpStatus() {
    return 503;
  }
}
