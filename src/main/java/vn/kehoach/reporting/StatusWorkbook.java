package vn.kehoach.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;
import vn.kehoach.organisation.Viewer;
import vn.kehoach.reporting.AssignmentCounting.Counted;
import vn.kehoach.reporting.StatusReport.Detail;
import vn.kehoach.reporting.StatusReport.PlanStatus;

/**
 * The status report as an Excel workbook (.xlsx): a summary sheet "Tổng hợp" (per unit, as {@code GET
 * /api/reports/status} counts, then per plan) and one sheet per plan with its counted assignments. Header rows frozen,
 * auto filters on the tables, days as Excel dates (dd/mm/yyyy). Written with POI's streaming workbook (SXSSF).
 */
final class StatusWorkbook {

  static final String SUMMARY = "Tổng hợp";
  /** Excel's limit on a sheet's name. */
  static final int MAX_SHEET_NAME = 31;
  /** The row of the tables' headers (0-based), above it the title and the period. */
  static final int HEADER_ROW = 4;
  static final String[] EXTENSION_COLUMNS = {"Đúng hạn nhờ gia hạn", "Nhiệm vụ được gia hạn", "Số lần gia hạn"};
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private StatusWorkbook() {}

  static byte[] write(Detail detail, ReportPeriod period, Viewer viewer, Organisation organisation) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      workbook.setCompressTempFiles(true);
      Styles styles = new Styles(workbook);
      SheetNames names = new SheetNames();
      String summaryName = names.take(SUMMARY);
      List<String> planSheets = detail.plans().stream().map(p -> names.take(planSheetName(p))).toList();

      Sheet summary = workbook.createSheet(summaryName);
      summary(summary, detail, planSheets, period, viewer, styles, workbook);
      for (int i = 0; i < detail.plans().size(); i++) {
        plan(workbook.createSheet(planSheets.get(i)), detail.plans().get(i), period, styles, organisation);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void summary(Sheet sheet, Detail detail, List<String> planSheets, ReportPeriod period, Viewer viewer,
                              Styles styles, SXSSFWorkbook workbook) {
    StatusReport.Result result = detail.result();
    text(sheet.createRow(0), 0, "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH (status of plans' assignments)", styles.title);
    text(sheet.createRow(1), 0, "Kỳ báo cáo: " + period.describe(), null);
    text(sheet.createRow(2), 0, "Người xem: " + viewer.userId() + " (chỉ nhiệm vụ người xem được xem); lập lúc "
        + AT.format(result.at().atZone(Deadline.VIETNAM)) + " (giờ Việt Nam)", null);
    Row header = sheet.createRow(HEADER_ROW);
    int c = 0;
    text(header, c++, "Mã đơn vị", styles.header);
    text(header, c++, "Đơn vị", styles.header);
    for (AssignmentStatus status : AssignmentStatus.values()) {
      text(header, c++, capitalised(status.label()), styles.header);
    }
    text(header, c++, "Tổng số", styles.header);
    for (String name : EXTENSION_COLUMNS) {
      text(header, c++, name, styles.header);
    }
    int columns = c;
    int r = HEADER_ROW + 1;
    for (UnitStatusCounts unit : result.units()) {
      counts(sheet.createRow(r++), unit.unit(), unit.name(), unit, styles.cell, styles.number);
    }
    int lastUnitRow = Math.max(r - 1, HEADER_ROW);
    counts(sheet.createRow(r++), "", result.total().name(), result.total(), styles.bold, styles.boldNumber);
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastUnitRow, 0, columns - 1));
    sheet.createFreezePane(2, HEADER_ROW + 1);

    r++;
    text(sheet.createRow(r++), 0, "Theo kế hoạch (per plan)", styles.bold);
    Row planHeader = sheet.createRow(r++);
    c = 0;
    text(planHeader, c++, "Số", styles.header);
    text(planHeader, c++, "Kế hoạch", styles.header);
    text(planHeader, c++, "Cơ quan ban hành", styles.header);
    text(planHeader, c++, "Ngày ban hành", styles.header);
    for (AssignmentStatus status : AssignmentStatus.values()) {
      text(planHeader, c++, capitalised(status.label()), styles.header);
    }
    text(planHeader, c++, "Tổng số", styles.header);
    for (String name : EXTENSION_COLUMNS) {
      text(planHeader, c++, name, styles.header);
    }
    text(planHeader, c, "Trang tính", styles.header);
    for (int i = 0; i < detail.plans().size(); i++) {
      PlanStatus plan = detail.plans().get(i);
      Row row = sheet.createRow(r++);
      text(row, 0, plan.plan().number().text(), styles.cell);
      text(row, 1, plan.plan().title(), styles.wrapped);
      text(row, 2, plan.issuerName(), styles.cell);
      date(row, 3, plan.plan().number().issuedOn(), styles);
      int col = numbers(row, 4, plan.counts(), styles.number);
      Cell link = text(row, col, planSheets.get(i), styles.link);
      Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      hyperlink.setAddress("'" + planSheets.get(i).replace("'", "''") + "'!A1");
      link.setHyperlink(hyperlink);
    }
    int[] widths = {14, 34, 12, 12, 12, 12, 12, 10, 12, 12, 12, 14};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.setColumnWidth(1, 40 * 256);
  }

  private static void plan(Sheet sheet, PlanStatus status, ReportPeriod period, Styles styles,
                           Organisation organisation) {
    text(sheet.createRow(0), 0, "Kế hoạch số " + status.plan().number().text() + " ngày "
        + ReportPeriod.SHOWN.format(status.plan().number().issuedOn()) + " của " + status.issuerName(), styles.title);
    text(sheet.createRow(1), 0, status.plan().title(), null);
    UnitStatusCounts counts = status.counts();
    StringBuilder line = new StringBuilder("Nhiệm vụ được tính: " + counts.total());
    for (AssignmentStatus s : AssignmentStatus.values()) {
      line.append("; ").append(s.label()).append(": ").append(counts.counts().get(s));
    }
    line.append("; đúng hạn nhờ gia hạn: ").append(counts.onTimeOnlyAfterExtension()).append("; số lần gia hạn: ")
        .append(counts.extensions()).append(" — ").append(period.describe());
    text(sheet.createRow(2), 0, line.toString(), null);
    String[] columns = {"STT", "Mã đơn vị", "Đơn vị", "Vai trò", "Nhiệm vụ", "Thời hạn (như văn bản)", "Hạn cuối",
        "Hạn ban đầu", "Số lần gia hạn", "Tình trạng", "Ngày hoàn thành", "Đúng hạn nhờ gia hạn"};
    Row header = sheet.createRow(HEADER_ROW);
    for (int i = 0; i < columns.length; i++) {
      text(header, i, columns[i], styles.header);
    }
    int r = HEADER_ROW + 1;
    for (Counted counted : status.assignments()) {
      Assignment a = counted.assignment();
      Row row = sheet.createRow(r++);
      number(row, 0, a.position() + 1, styles.number);
      text(row, 1, a.unit(), styles.cell);
      text(row, 2, organisation.unit(a.unit()).map(Unit::name).orElse(a.unit()), styles.cell);
      text(row, 3, a.role().label(), styles.cell);
      text(row, 4, a.task(), styles.wrapped);
      text(row, 5, a.deadline().phrase(), styles.wrapped);
      date(row, 6, a.deadline().dueDate(), styles);
      date(row, 7, a.extensionCount() > 0 ? a.originalDueDate() : null, styles);
      number(row, 8, a.extensionCount(), styles.number);
      text(row, 9, capitalised(counted.status().label()), styles.cell);
      date(row, 10, a.doneAt() == null ? null : a.doneAt().atZone(Deadline.VIETNAM).toLocalDate(), styles);
      text(row, 11, counted.onTimeOnlyAfterExtension() ? "Có" : "", styles.cell);
    }
    sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(r - 1, HEADER_ROW), 0, columns.length - 1));
    sheet.createFreezePane(3, HEADER_ROW + 1);
    int[] widths = {6, 14, 30, 12, 60, 24, 12, 12, 10, 22, 14, 12};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** The unit's id and name, its counts; returns nothing. */
  private static void counts(Row row, String id, String name, UnitStatusCounts counts, CellStyle text,
                             CellStyle number) {
    text(row, 0, id, text);
    text(row, 1, name, text);
    numbers(row, 2, counts, number);
  }

  /** The five statuses, the total and the extensions from column {@code c}; returns the next column. */
  private static int numbers(Row row, int c, UnitStatusCounts counts, CellStyle style) {
    for (AssignmentStatus status : AssignmentStatus.values()) {
      number(row, c++, counts.counts().get(status), style);
    }
    number(row, c++, counts.total(), style);
    number(row, c++, counts.onTimeOnlyAfterExtension(), style);
    number(row, c++, counts.extended(), style);
    number(row, c++, counts.extensions(), style);
    return c;
  }

  private static Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  private static void number(Row row, int column, int value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** A real Excel date shown dd/mm/yyyy; an empty cell for none. */
  private static void date(Row row, int column, LocalDate value, Styles styles) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.date);
    if (value != null) {
      cell.setCellValue(value);
    }
  }

  private static String capitalised(String label) {
    return label.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + label.substring(1);
  }

  /** A plan's sheet is named after its number ("12-KH/TU" → "12-KH-TU"). */
  static String planSheetName(PlanStatus plan) {
    return plan.plan().number() == null ? "Kế hoạch " + plan.plan().id() : plan.plan().number().text();
  }

  /**
   * Sheet names as Excel takes them: at most 31 characters, none of {@code : \ / ? * [ ]}, no apostrophe first or
   * last, not blank, and unique ignoring case (Excel's rule): a name taken gets " (2)", " (3)" ….
   */
  static final class SheetNames {

    private final Set<String> taken = new HashSet<>();

    String take(String wanted) {
      String base = wanted == null ? "" : wanted.replaceAll("[:\\\\/?*\\[\\]\\p{Cntrl}]", "-").strip();
      base = base.replaceAll("^'+|'+$", "").strip();
      if (base.isEmpty() || base.equalsIgnoreCase("History")) {
        base = "Trang " + (taken.size() + 1);
      }
      String name = cut(base, MAX_SHEET_NAME);
      for (int n = 2; taken.contains(key(name)); n++) {
        String suffix = " (" + n + ")";
        name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
      }
      taken.add(key(name));
      return name;
    }

    private static String cut(String name, int length) {
      String cut = name.length() <= length ? name : name.substring(0, length);
      if (cut.length() > 0 && Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
        cut = cut.substring(0, cut.length() - 1);
      }
      return cut.replaceAll("'+$", "").strip();
    }

    private static String key(String name) {
      return name.toLowerCase(Locale.ROOT);
    }
  }

  private static final class Styles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle bold;
    final CellStyle boldNumber;
    final CellStyle date;
    final CellStyle link;

    Styles(SXSSFWorkbook workbook) {
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 13);
      title = workbook.createCellStyle();
      title.setFont(big);
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      header = bordered(workbook);
      header.setFont(boldFont);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      cell = bordered(workbook);
      wrapped = bordered(workbook);
      wrapped.setWrapText(true);
      number = bordered(workbook);
      bold = bordered(workbook);
      bold.setFont(boldFont);
      boldNumber = bordered(workbook);
      boldNumber.setFont(boldFont);
      date = bordered(workbook);
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Font blue = workbook.createFont();
      blue.setUnderline(Font.U_SINGLE);
      blue.setColor(IndexedColors.BLUE.getIndex());
      link = bordered(workbook);
      link.setFont(blue);
    }

    private static CellStyle bordered(SXSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }
  }
}
