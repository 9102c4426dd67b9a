package vn.kehoach.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;

/**
 * {@code GET /api/reports/status}: assignments per unit and status, in JSON, CSV ({@code format=csv}, or
 * {@code status.csv}) or an Excel workbook ({@code format=xlsx}, or {@code status.xlsx}). The period ({@code from},
 * {@code to}, dd/MM/yyyy or yyyy-MM-dd) is that of the plans' issue ({@link ReportPeriod}).
 */
@RestController
@RequestMapping("/api/reports")
public class StatusReportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  /** The most plans a workbook has a sheet for; more: a shorter period. */
  static final int MAX_WORKBOOK_PLANS = 500;

  private final StatusReport report;
  private final Organisation organisation;

  public StatusReportController(StatusReport report, Organisation organisation) {
    this.report = report;
    this.organisation = organisation;
  }

  @GetMapping("/status")
  public ResponseEntity<?> status(@RequestParam(required = false) String issuer,
                                  @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(defaultValue = "json") String format, Viewer viewer) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!format.equals("json") && !format.equals("csv") && !format.equals("xlsx")) {
      problems.add(new FieldProblem("format", "chỉ nhận json, csv hoặc xlsx (is json, csv or xlsx)"));
    }
    ReportPeriod period = filters(issuer, unit, from, to, problems);
    if (format.equals("xlsx")) {
      return workbook(issuer, unit, period, viewer);
    }
    StatusReport.Result result = report.count(issuer, unit, period.from(), period.to(), viewer);
    if (format.equals("csv")) {
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tinh-hinh-thuc-hien.csv\"")
          .body(csv(result));
    }
    return ResponseEntity.ok(result);
  }

  @GetMapping("/status.csv")
  public ResponseEntity<?> statusCsv(@RequestParam(required = false) String issuer,
                                     @RequestParam(required = false) String unit,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to, Viewer viewer) {
    return status(issuer, unit, from, to, "csv", viewer);
  }

  @GetMapping("/status.xlsx")
  public ResponseEntity<byte[]> statusWorkbook(@RequestParam(required = false) String issuer,
                                               @RequestParam(required = false) String unit,
                                               @RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to, Viewer viewer) {
    return workbook(issuer, unit, filters(issuer, unit, from, to, new ArrayList<>()), viewer);
  }

  private ResponseEntity<byte[]> workbook(String issuer, String unit, ReportPeriod period, Viewer viewer) {
    StatusReport.Detail detail = report.detail(issuer, unit, period.from(), period.to(), viewer);
    if (detail.plans().size() > MAX_WORKBOOK_PLANS) {
      throw new InvalidRequestException(List.of(new FieldProblem("from", "kỳ có " + detail.plans().size()
          + " kế hoạch, quá " + MAX_WORKBOOK_PLANS + " trang tính của một tệp Excel: chọn kỳ ngắn hơn (too many plans"
          + " for one workbook: choose a shorter period)")));
    }
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tinh-hinh-thuc-hien.xlsx\"")
        .body(StatusWorkbook.write(detail, period, viewer, organisation));
  }

  /** The period; 400 naming each wrong filter (with those already in {@code problems}). */
  private ReportPeriod filters(String issuer, String unit, String from, String to, List<FieldProblem> problems) {
    if (issuer != null && organisation.unit(issuer).isEmpty()) {
      problems.add(new FieldProblem("issuer", "không có đơn vị '" + issuer + "' (unknown unit)"));
    }
    if (unit != null && organisation.unit(unit).isEmpty()) {
      problems.add(new FieldProblem("unit", "không có đơn vị '" + unit + "' (unknown unit)"));
    }
    ReportPeriod period = ReportPeriod.parse(from, to, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return period;
  }

  /**
   * One line per unit and a total, for Excel with Vietnamese regional settings: fields separated by {@code ;} (their
   * list separator), a UTF-8 BOM, CRLF line ends, a field quoted when it holds {@code ;}, {@code "} or a line break.
   * The header names each column in Vietnamese, the English beside it.
   */
  static String csv(StatusReport.Result result) {
    List<String> header = new ArrayList<>(List.of("Mã đơn vị (unit)", "Đơn vị (name)"));
    for (AssignmentStatus status : AssignmentStatus.values()) {
      header.add(status.label() + " (" + status.name() + ")");
    }
    header.addAll(List.of("Tổng số (total)", "Đúng hạn nhờ gia hạn (on_time_only_after_extension)",
        "Nhiệm vụ được gia hạn (extended)", "Số lần gia hạn (extensions)"));
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, header);
    List<UnitStatusCounts> rows = new ArrayList<>(result.units());
    rows.add(result.total());
    for (UnitStatusCounts row : rows) {
      List<String> fields = new ArrayList<>(List.of(row.unit(), row.name()));
      for (AssignmentStatus status : AssignmentStatus.values()) {
        fields.add(String.valueOf(row.counts().get(status)));
      }
      fields.addAll(List.of(String.valueOf(row.total()), String.valueOf(row.onTimeOnlyAfterExtension()),
          String.valueOf(row.extended()), String.valueOf(row.extensions())));
      line(csv, fields);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      csv.append(i == 0 ? "" : ";").append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  /** A text that a spreadsheet would take for a formula gets a leading apostrophe. */
  static String field(String value) {
    String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
        ? "'" + value : value;
    return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
        ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
