package vn.kehoach.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.engine.assignment.AssignmentProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Workflow;

/**
 * {@code GET /api/reports/status.xlsx} and the CSV for Excel: two plans issued on Monday 6 March 2023, read on
 * 20 April 2023. Plan A: propaganda done on time (8/3), inspection late (9/3), the police overdue, the Front on time
 * only after an extension (due 8/3, extended to 20/3, done 15/3). Plan B: propaganda done on time in April, the office
 * ongoing. The workbook is opened with POI and compared with the JSON for the same viewer and period.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusWorkbookApiTest {

  static final String PERIOD = "from=06/03/2023&to=06/03/2023&issuer=" + ISSUER;
  static final String SAME_PERIOD_ISO = "from=2023-03-06&to=2023-03-06&issuer=" + ISSUER;
  static final List<String> STATUSES = List.of("IN_PROGRESS_ON_TIME", "IN_PROGRESS_OVERDUE", "DONE_ON_TIME",
      "DONE_LATE", "ONGOING");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;
  TestRestTemplate office;
  Plan a;
  Plan b;

  @BeforeAll
  void twoPlans() {
    office = rest.withBasicAuth("vanphong", "demo");
    clock("2023-03-06T09:00:00+07:00");
    a = workflow.issued(new PlanRequest("Kế hoạch kiểm tra PCCC chợ (bảng tính A)", "KH", ISSUER, null, POLICE, null,
        List.of(work(PROPAGANDA, "2023-03-10"), work(INSPECTION, "2023-03-08"), work(POLICE, "2023-03-07"),
            work(FRONT, "2023-03-08")), List.of()));
    b = workflow.issued(new PlanRequest("Kế hoạch tuyên truyền CNCH mùa khô (bảng tính B)", "KH", ISSUER, null, POLICE,
        null, List.of(work(PROPAGANDA, "2023-04-10"), work(OFFICE, "thường xuyên")), List.of()));
    clock("2023-03-07T10:00:00+07:00");
    tasks.complete(execute(a, FRONT).getId(), Map.of("outcome", "EXTENSION", "extensionReason",
        "Chờ danh sách cơ sở từ Công an tỉnh", "extensionDueDate", "2023-03-20"));
    tasks.complete(workflow.task(a, Elements.DECIDE_EXTENSION).getId(), Map.of("decision", "APPROVE"));
    clock("2023-03-08T10:00:00+07:00");
    workflow.report(execute(a, PROPAGANDA), "Đã tuyên truyền");
    clock("2023-03-09T10:00:00+07:00");
    workflow.report(execute(a, INSPECTION), "Đã kiểm tra");
    clock("2023-03-15T10:00:00+07:00");
    workflow.report(execute(a, FRONT), "Đã vận động");
    clock("2023-04-05T10:00:00+07:00");
    workflow.report(execute(b, PROPAGANDA), "Đã tuyên truyền mùa khô");
    clock("2023-04-20T12:00:00+07:00");
  }

  @AfterEach
  void keepTheReportDay() {
    clock("2023-04-20T12:00:00+07:00");
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theSummaryCountsAsTheJsonAndEachPlanHasItsSheet() throws Exception {
    JsonNode report = json.readTree(office.getForObject("/api/reports/status?" + SAME_PERIOD_ISO, String.class));
    try (XSSFWorkbook workbook = workbook(office, "/api/reports/status.xlsx?" + PERIOD)) {
      Sheet summary = workbook.getSheetAt(0);
      assertThat(summary.getSheetName()).isEqualTo("Tổng hợp");
      String sheetA = a.number().text().replace("/", "-");
      String sheetB = b.number().text().replace("/", "-");
      assertThat(a.number().text()).contains("/");
      assertThat(sheetNames(workbook)).containsExactly("Tổng hợp", sheetA, sheetB);
      assertThat(text(summary.getRow(StatusWorkbook.HEADER_ROW), 0, 12)).containsExactly("Mã đơn vị", "Đơn vị",
          "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
          "Thường xuyên", "Tổng số", "Đúng hạn nhờ gia hạn", "Nhiệm vụ được gia hạn", "Số lần gia hạn");

      // the summary's units and total are the JSON's, number for number
      List<JsonNode> expected = new ArrayList<>();
      report.get("units").forEach(expected::add);
      expected.add(report.get("total"));
      for (int i = 0; i < expected.size(); i++) {
        JsonNode unit = expected.get(i);
        Row row = summary.getRow(StatusWorkbook.HEADER_ROW + 1 + i);
        assertThat(row.getCell(0).getStringCellValue())
            .isEqualTo(i < expected.size() - 1 ? unit.get("unit").asText() : "");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit.get("name").asText());
        List<Integer> numbers = new ArrayList<>();
        STATUSES.forEach(s -> numbers.add(unit.get("counts").get(s).asInt()));
        for (String field : List.of("total", "onTimeOnlyAfterExtension", "extended", "extensions")) {
          numbers.add(unit.get(field).asInt());
        }
        assertThat(ints(row, 2, 11)).as(unit.get("name").asText()).containsExactlyElementsOf(numbers);
      }
      assertThat(summary.getRow(StatusWorkbook.HEADER_ROW + expected.size()).getCell(1).getStringCellValue())
          .isEqualTo("Tổng cộng");
      assertThat(report.get("total").get("extensions").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
      assertThat(summary.getPaneInformation().getHorizontalSplitPosition())
          .isEqualTo((short) (StatusWorkbook.HEADER_ROW + 1));
      assertThat(((XSSFSheet) summary).getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A5:K" + (StatusWorkbook.HEADER_ROW + expected.size()));

      // plan A's sheet: its units, a due date and a done date as Excel dates, the extension counted apart
      Sheet planA = workbook.getSheet(sheetA);
      assertThat(planA.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Kế hoạch số " + a.number().text() + " ngày 06/03/2023 của Ban Thường vụ Tỉnh ủy");
      assertThat(text(planA.getRow(StatusWorkbook.HEADER_ROW), 0, 12)).containsExactly("STT", "Mã đơn vị", "Đơn vị",
          "Vai trò", "Nhiệm vụ", "Thời hạn (như văn bản)", "Hạn cuối", "Hạn ban đầu", "Số lần gia hạn", "Tình trạng",
          "Ngày hoàn thành", "Đúng hạn nhờ gia hạn");
      Map<String, Row> byUnit = rows(planA);
      assertThat(byUnit.keySet()).containsExactly(PROPAGANDA, INSPECTION, POLICE, FRONT);
      assertThat(byUnit.get(PROPAGANDA).getCell(2).getStringCellValue()).isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
      assertDate(byUnit.get(PROPAGANDA).getCell(6), LocalDate.of(2023, 3, 10));
      assertDate(byUnit.get(PROPAGANDA).getCell(10), LocalDate.of(2023, 3, 8));
      assertThat(byUnit.get(PROPAGANDA).getCell(9).getStringCellValue()).isEqualTo("Hoàn thành đúng hạn");
      assertThat(byUnit.get(INSPECTION).getCell(9).getStringCellValue()).isEqualTo("Hoàn thành quá hạn");
      assertThat(byUnit.get(POLICE).getCell(9).getStringCellValue()).isEqualTo("Đang thực hiện quá hạn");
      assertThat(byUnit.get(POLICE).getCell(10).getCellType()).isEqualTo(CellType.BLANK);
      Row front = byUnit.get(FRONT);
      assertDate(front.getCell(6), LocalDate.of(2023, 3, 20));
      assertDate(front.getCell(7), LocalDate.of(2023, 3, 8));
      assertThat(front.getCell(8).getNumericCellValue()).isEqualTo(1);
      assertThat(front.getCell(9).getStringCellValue()).isEqualTo("Hoàn thành đúng hạn");
      assertThat(front.getCell(11).getStringCellValue()).isEqualTo("Có");
      assertThat(planA.getPaneInformation().isFreezePane()).isTrue();
      assertThat(((XSSFSheet) planA).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:L9");

      // the summary's per-plan table: plan A with its extension apart
      Row rowA = planRow(summary, a.number().text());
      assertDate(rowA.getCell(3), LocalDate.of(2023, 3, 6));
      assertThat(ints(rowA, 4, 13)).containsExactly(0, 1, 2, 1, 0, 4, 1, 1, 1);
      assertThat(rowA.getCell(13).getStringCellValue()).isEqualTo(sheetA);
      assertThat(rowA.getCell(13).getHyperlink().getAddress()).isEqualTo("'" + sheetA + "'!A1");
      assertThat(ints(planRow(summary, b.number().text()), 4, 13)).containsExactly(0, 0, 1, 0, 1, 2, 0, 0, 0);
    }
    // format=xlsx is the same workbook
    ResponseEntity<byte[]> same =
        office.getForEntity("/api/reports/status?format=xlsx&" + SAME_PERIOD_ISO, byte[].class);
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(same.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
  }

  @Test
  void aUnitsWorkbookHasOnlyItsOwnAssignments() throws Exception {
    TestRestTemplate propaganda = rest.withBasicAuth("tuyengiao", "demo");
    JsonNode report = json.readTree(propaganda.getForObject("/api/reports/status?" + SAME_PERIOD_ISO, String.class));
    try (XSSFWorkbook workbook = workbook(propaganda, "/api/reports/status.xlsx?" + PERIOD)) {
      assertThat(report.get("units")).singleElement()
          .satisfies(u -> assertThat(u.get("unit").asText()).isEqualTo(PROPAGANDA));
      assertThat(workbook.getSheetAt(0).getRow(StatusWorkbook.HEADER_ROW + 1).getCell(0).getStringCellValue())
          .isEqualTo(PROPAGANDA);
      assertThat(rows(workbook.getSheet(a.number().text().replace("/", "-"))).keySet()).containsExactly(PROPAGANDA);
      assertThat(rows(workbook.getSheet(b.number().text().replace("/", "-"))).keySet()).containsExactly(PROPAGANDA);
    }
  }

  @Test
  void theJsonCountsExtensionsApartAndCompletionsPerMonth() throws Exception {
    JsonNode report = json.readTree(office.getForObject("/api/reports/status?" + PERIOD, String.class));
    JsonNode front = unit(report, FRONT);
    assertThat(front.get("counts").get("DONE_ON_TIME").asInt()).isEqualTo(1);
    assertThat(front.get("onTimeOnlyAfterExtension").asInt()).isEqualTo(1);
    assertThat(front.get("extended").asInt()).isEqualTo(1);
    assertThat(front.get("extensions").asInt()).isEqualTo(1);
    assertThat(unit(report, PROPAGANDA).get("extensions").asInt()).isZero();
    // two plans of one issuer on one day in 2023: nobody else's
    assertThat(report.get("months")).extracting(JsonNode::toString).containsExactly(
        "{\"month\":\"2023-03\",\"doneOnTime\":2,\"doneLate\":1,\"onTimeOnlyAfterExtension\":1}",
        "{\"month\":\"2023-04\",\"doneOnTime\":1,\"doneLate\":0,\"onTimeOnlyAfterExtension\":0}");
  }

  @Test
  void theCsvOpensAsColumnsInAVietnameseExcel() throws Exception {
    for (String path : List.of("/api/reports/status?format=csv&" + PERIOD, "/api/reports/status.csv?" + PERIOD)) {
      ResponseEntity<byte[]> answer = office.getForEntity(path, byte[].class);
      assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
      byte[] bytes = answer.getBody();
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
      assertThat(csv).endsWith("\r\n").doesNotContain(",0").doesNotContainPattern("[^\r]\n");
      String[] lines = csv.split("\r\n");
      assertThat(lines[0].split(";")).containsExactly("Mã đơn vị (unit)", "Đơn vị (name)",
          "đang thực hiện trong hạn (IN_PROGRESS_ON_TIME)", "đang thực hiện quá hạn (IN_PROGRESS_OVERDUE)",
          "hoàn thành đúng hạn (DONE_ON_TIME)", "hoàn thành quá hạn (DONE_LATE)", "thường xuyên (ONGOING)",
          "Tổng số (total)", "Đúng hạn nhờ gia hạn (on_time_only_after_extension)", "Nhiệm vụ được gia hạn (extended)",
          "Số lần gia hạn (extensions)");
      assertThat(lines).contains(FRONT + ";Đảng ủy Mặt trận Tổ quốc tỉnh;0;0;1;0;0;1;1;1;1");
      assertThat(lines[lines.length - 1]).startsWith("*;Tổng cộng;");
    }
    assertThat(StatusReportController.field("a;b")).isEqualTo("\"a;b\"");
    assertThat(StatusReportController.field("nói \"rõ\"")).isEqualTo("\"nói \"\"rõ\"\"\"");
    assertThat(StatusReportController.field("hai\r\ndòng")).isEqualTo("\"hai\r\ndòng\"");
    assertThat(StatusReportController.field("=1+1")).isEqualTo("'=1+1");
  }

  @Test
  void aBadOrInvertedPeriodIsRefused() throws Exception {
    for (String path : List.of("/api/reports/status", "/api/reports/status.xlsx", "/api/reports/status.csv")) {
      ResponseEntity<String> bad = office.getForEntity(path + "?from=31/02/2023", String.class);
      assertThat(bad.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(bad.getBody()).get("errors").get(0).get("message").asText())
          .startsWith("không đọc được ngày '31/02/2023': ghi dd/MM/yyyy");
      ResponseEntity<String> inverted = office.getForEntity(path + "?from=10/03/2023&to=2023-03-01", String.class);
      assertThat(inverted.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(inverted.getBody()).get("errors").get(0).get("message").asText())
          .startsWith("ngày 'from' (10/03/2023) sau ngày 'to' (01/03/2023)");
    }
  }

  @Test
  void sheetNamesFollowExcelsRules() {
    StatusWorkbook.SheetNames names = new StatusWorkbook.SheetNames();
    assertThat(names.take("Tổng hợp")).isEqualTo("Tổng hợp");
    assertThat(names.take("12-KH/TU")).isEqualTo("12-KH-TU");
    assertThat(names.take("12-KH/tu")).isEqualTo("12-KH-tu (2)");
    assertThat(names.take("a:b\\c?d*e[f]g")).isEqualTo("a-b-c-d-e-f-g");
    assertThat(names.take("'trích'")).isEqualTo("trích");
    String longName = "Kế hoạch số 123/KH-UBND ngày 01/02/2024 của Ủy ban nhân dân tỉnh";
    String first = names.take(longName);
    String second = names.take(longName);
    assertThat(first).hasSize(31).doesNotContain("/");
    assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualToIgnoringCase(first);
    assertThat(names.take("TỔNG HỢP")).isEqualTo("TỔNG HỢP (2)");
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  XSSFWorkbook workbook(TestRestTemplate viewer, String path) throws Exception {
    ResponseEntity<byte[]> answer = viewer.getForEntity(path, byte[].class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("tinh-hinh-thuc-hien.xlsx");
    return new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()));
  }

  static List<String> sheetNames(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  static List<String> text(Row row, int from, int to) {
    List<String> texts = new ArrayList<>();
    for (int c = from; c < to && row.getCell(c) != null; c++) {
      texts.add(row.getCell(c).getStringCellValue());
    }
    return texts;
  }

  static List<Integer> ints(Row row, int from, int to) {
    List<Integer> numbers = new ArrayList<>();
    for (int c = from; c < to; c++) {
      numbers.add((int) row.getCell(c).getNumericCellValue());
    }
    return numbers;
  }

  /** A plan sheet's assignment rows by unit id, in order. */
  static Map<String, Row> rows(Sheet sheet) {
    Map<String, Row> rows = new java.util.LinkedHashMap<>();
    for (int r = StatusWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
      rows.put(sheet.getRow(r).getCell(1).getStringCellValue(), sheet.getRow(r));
    }
    return rows;
  }

  static Row planRow(Sheet summary, String number) {
    for (Row row : summary) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(number)) {
        return row;
      }
    }
    throw new AssertionError("no row for plan " + number);
  }

  static void assertDate(Cell cell, LocalDate expected) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
  }

  JsonNode unit(JsonNode report, String unit) {
    for (JsonNode row : report.get("units")) {
      if (row.get("unit").asText().equals(unit)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + unit + " in " + report);
  }

  Task execute(Plan plan, String unit) {
    return workflow.tasks(plan, Elements.EXECUTE).stream()
        .filter(t -> tasks.getIdentityLinksForTask(t.getId()).stream().anyMatch(l -> unit.equals(l.getGroupId())))
        .findFirst().orElseThrow(() -> new AssertionError("no task of " + unit));
  }

  static AssignmentRequest work(String unit, String deadline) {
    return new AssignmentRequest(unit, AssignmentRole.LEAD, "Nhiệm vụ của " + unit + " (bảng tính)", deadline, null);
  }

  static void clock(String at) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
  }
}
