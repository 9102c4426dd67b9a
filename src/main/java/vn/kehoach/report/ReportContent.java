package vn.kehoach.report;

import java.util.List;
import java.util.Map;
import vn.kehoach.assignment.AssignmentStatus;

/**
 * What a consolidated report document says, already in the words of the page; {@link ReportDocx} only lays it out.
 *
 * @param party Party layout ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 01-BC/TU") or State layout (national motto, "Số: 01/BC-UBND")
 * @param headerLeft the issuer's block: its superior body (if any), then the issuer
 * @param numberText "Số …-BC/TU" or "Số: …/BC-UBND": the sequence is reserved, the clerk registers it at approval
 * @param placeAndDate "Tỉnh (demo), ngày … tháng 12 năm 2026"
 * @param title the line under "BÁO CÁO": "Kết quả thực hiện Kế hoạch số 05-KH/TU ngày 03/12/2026 của ..."
 * @param body the monitoring unit's consolidated text, one entry per paragraph
 * @param units each assignment's unit and what it reported
 * @param statusRows the status table: one row per unit, then the plans carrying this one out, then the total
 * @param unfinished the assignments not done yet (listed by a final review that came before the work ended)
 * @param recipients "Nơi nhận", one line each
 * @param evidence the evidence attached, one line per file: whose, its name and its full SHA-256
 */
public record ReportContent(boolean party, List<String> headerLeft, String numberText, String placeAndDate,
                            String title, String planTitle, List<String> body, List<UnitResult> units,
                            List<StatusRow> statusRows, List<String> unfinished, List<String> recipients,
                            String signsFor, String signerTitle, List<String> evidence) {

  /** One assignment's unit, its part, its task, and its report ("Chưa báo cáo" when there is none). */
  public record UnitResult(String unit, String role, String task, String status, String report) {}

  /** A row of the status table: the five statuses counted, in {@link AssignmentStatus} order. */
  public record StatusRow(String label, Map<AssignmentStatus, Integer> counts, boolean total) {

    public int count(AssignmentStatus status) {
      return counts.getOrDefault(status, 0);
    }
  }
}
