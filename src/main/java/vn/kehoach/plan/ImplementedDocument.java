package vn.kehoach.plan;

import java.time.LocalDate;

/**
 * A document the plan carries out, e.g. Chỉ thị số 31-CT/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy.
 *
 * @param planId the plan in this system that has this number (and date), if any; set by the system
 */
public record ImplementedDocument(String number, LocalDate date, String issuer, String title, Long planId) {

  public ImplementedDocument(String number, LocalDate date, String issuer, String title) {
    this(number, date, issuer, title, null);
  }

  /** "Kế hoạch số 148-KH/TU ngày 28/03/2024 của Thành ủy Bắc Giang" as officials cite it. */
  public String citation() {
    StringBuilder text = new StringBuilder(number == null ? "" : "Số " + number);
    if (date != null) {
      text.append(" ngày ").append(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
    }
    if (issuer != null) {
      text.append(" của ").append(issuer);
    }
    if (title != null) {
      text.append(text.isEmpty() ? "" : ": ").append(title);
    }
    return text.toString().strip();
  }
}
