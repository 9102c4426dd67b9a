package vn.kehoach.importing;

/**
 * The document's frame above its content.
 *
 * @param issuingBody the issuing body as written ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP"), or when the header has
 *     none, the body named in the opening sentence ("..., Ban Thường vụ Tỉnh ủy ban hành kế hoạch"); null if neither
 * @param superiorBody the line above the issuing body ("ĐẢNG BỘ TỈNH TRÀ VINH"), null if none
 * @param issuingBodySource where the issuing body was read
 * @param issuingBodyLine the line it was read from, 0 when none
 * @param number null when the document has no number line
 * @param date null when the document has no dateline
 * @param kind the kind as written ("KẾ HOẠCH"), or for a letter without one the name of its type ("Công văn")
 * @param title the title (the lines after the kind, or the "V/v" subject of a letter), null when none was found
 * @param place the place before "ngày ... tháng ... năm" in the dateline ("Trà Vinh"), null when none
 * @param kindCode the kind's code ("KH", "QĐ", "CT", "CV", "TB" ...): from the kind line, else from the number,
 *     else "CV" for a letter with a "V/v" subject; null when none of these says
 */
public record DocumentHeader(String issuingBody, String superiorBody, IssuingBodySource issuingBodySource,
                             int issuingBodyLine, DocumentNumberText number, DocumentDateText date, String kind,
                             String title, int titleLine, String place, String kindCode) {

  public enum IssuingBodySource { HEADER, OPENING_SENTENCE, NONE }
}
