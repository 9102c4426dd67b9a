package vn.kehoach.reporting;

import java.time.LocalDate;
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

/** {@code GET /api/reports/status}: assignments per unit and status, in JSON or CSV ({@code format=csv}). */
@RestController
@RequestMapping("/api/reports/status")
public class StatusReportController {

  private final StatusReport report;
  private final Organisation organisation;

  public StatusReportController(StatusReport report, Organisation organisation) {
    this.report = report;
    this.organisation = organisation;
  }

  @GetMapping
  public ResponseEntity<?> status(@RequestParam(required = false) String issuer,
                                  @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) LocalDate from,
                                  @RequestParam(required = false) LocalDate to,
                                  @RequestParam(defaultValue = "json") String format, Viewer viewer) {
    List<FieldProblem> problems = new ArrayList<>();
    if (issuer != null && organisation.unit(issuer).isEmpty()) {
      problems.add(new FieldProblem("issuer", "không có đơn vị '" + issuer + "' (unknown unit)"));
    }
    if (unit != null && organisation.unit(unit).isEmpty()) {
      problems.add(new FieldProblem("unit", "không có đơn vị '" + unit + "' (unknown unit)"));
    }
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new FieldProblem("from", "ngày 'from' sau ngày 'to' (is after 'to')"));
    }
    if (!format.equals("json") && !format.equals("csv")) {
      problems.add(new FieldProblem("format", "chỉ nhận json hoặc csv (is json or csv)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    StatusReport.Result result = report.count(issuer, unit, from, to, viewer);
    if (format.equals("csv")) {
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tinh-hinh-thuc-hien.csv\"")
          .body(csv(result));
    }
    return ResponseEntity.ok(result);
  }

  /** One line per unit and a total; the header names each status in Vietnamese and English. Excel reads the BOM. */
  static String csv(StatusReport.Result result) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("unit,name");
    for (AssignmentStatus status : AssignmentStatus.values()) {
      csv.append(',').append(quote(status.label() + " (" + status.name() + ")"));
    }
    csv.append(",total,on_time_only_after_extension\r\n");
    List<UnitStatusCounts> rows = new ArrayList<>(result.units());
    rows.add(result.total());
    for (UnitStatusCounts row : rows) {
      csv.append(quote(row.unit())).append(',').append(quote(row.name()));
      for (AssignmentStatus status : AssignmentStatus.values()) {
        csv.append(',').append(row.counts().get(status));
      }
      csv.append(',').append(row.total()).append(',').append(row.onTimeOnlyAfterExtension()).append("\r\n");
    }
    return csv.toString();
  }

  private static String quote(String value) {
    String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
        ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
