package vn.kehoach.importing;

/**
 * The number line as written and its parts. A Party number reads "37-KH/ĐUK" (sequence-type/issuer), a State number
 * "20/KH-UBND" (sequence/type-issuer); before issue the sequence is blank ("Số: /BC-SNgV").
 *
 * @param sequence the sequence as written ("02" keeps its zero), null when blank
 * @param type the document type code (KH, CV, BC ...), null if unreadable
 * @param issuerCode the issuer's code in numbers (ĐUK, TU, SNgV ...), null if unreadable
 */
public record DocumentNumberText(String asWritten, String sequence, String type, String issuerCode, boolean partyStyle,
                                 int line) {

  /** "37-KH/ĐUK" or "20/KH-UBND" without spaces; null when the sequence is blank or unreadable. */
  public String number() {
    if (sequence == null || type == null || issuerCode == null) {
      return null;
    }
    return partyStyle ? sequence + "-" + type + "/" + issuerCode : sequence + "/" + type + "-" + issuerCode;
  }
}
