package vn.kehoach.importing;

/**
 * The signature block: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / Sùng A Hồ", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Phạm Dương Tuyền".
 *
 * @param mode "T/M" (on behalf of a collective body), "KT." (signing for the head), "TL.", "TUQ.", "Q."; null when
 *     the document shows only a name
 * @param onBehalfOf the body or head signed for ("BAN THƯỜNG VỤ", "GIÁM ĐỐC"), null with the mode
 * @param title the signer's title ("PHÓ BÍ THƯ"), null when not found
 * @param name the signer's name, null when not found
 */
public record Signature(String mode, String onBehalfOf, String title, String name, int line) {

  public boolean complete() {
    return mode != null && title != null && name != null;
  }
}
