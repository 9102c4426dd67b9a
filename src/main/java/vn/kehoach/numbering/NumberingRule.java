package vn.kehoach.numbering;

import java.time.LocalDate;
import java.util.List;
import vn.kehoach.organisation.IssuerKind;
import vn.kehoach.organisation.IssuerProfile;

/**
 * How an issuer numbers its documents. A Party body numbers each document type from 01 through the whole term
 * of its committee (Hướng dẫn 36-HD/VPTW): "37-KH/ĐUK". A State body numbers from 01 each calendar year
 * (Nghị định 30/2020/NĐ-CP): "20/KH-UBND".
 */
public final class NumberingRule {

  private NumberingRule() {}

  /** The register period the date falls in: "term-2020-10-16" or "year-2024". */
  public static String period(IssuerProfile issuer, LocalDate date) {
    if (issuer.kind() == IssuerKind.STATE) {
      return "year-" + date.getYear();
    }
    List<LocalDate> starts = issuer.termStarts();
    LocalDate current = null;
    for (LocalDate start : starts) {
      if (!start.isAfter(date)) {
        current = start;
      }
    }
    if (current == null) {
      throw new IllegalStateException("Issuer " + issuer.code() + " has no term covering " + date
          + ": add the term's first day to termStarts in the organisation file");
    }
    return "term-" + current;
  }

  /** The number as it is written on the document. Numbers below 10 are written with a leading zero. */
  public static String format(IssuerProfile issuer, String documentType, int sequence) {
    String number = String.format("%02d", sequence);
    return issuer.kind() == IssuerKind.PARTY
        ? number + "-" + documentType + "/" + issuer.code()
        : number + "/" + documentType + "-" + issuer.code();
  }
}
