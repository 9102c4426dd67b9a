package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads task tables (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm), common in
 * the appendices of State plans, where a row is one task: from a .docx table (which {@link DocxTextExtractor} writes
 * as one line a row, cells between "|") and from text where a web page flattened the table the same way or with tabs.
 * The columns are found by their header's names, in any order. The table's lines are taken out of the text, so that
 * the rest of the parser does not read its cells as paragraphs.
 *
 * <p>No regular expression runs over a row: a row is split at its separators and each cell's header is matched by
 * words.
 */
final class TaskTableReader {

  /** One row: the task, the lead bodies' cell, the cooperating bodies' cell, the time cell, as written. */
  record Row(String task, String lead, String cooperating, String time, int line) {}

  /** The rows found and the text without the tables' lines (each replaced by an empty line). */
  record Reading(List<Row> rows, String rest) {}

  private static final int MAX_HEADER_CELLS = 12;

  private TaskTableReader() {}

  static Reading read(String text) {
    String[] lines = text.split("\r\n|\n|\r", -1);
    List<Row> rows = new ArrayList<>();
    boolean[] taken = new boolean[lines.length];
    int i = 0;
    while (i < lines.length) {
      char separator = separator(lines[i]);
      Columns columns = separator == 0 ? null : Columns.of(cells(lines[i], separator));
      if (columns == null) {
        i++;
        continue;
      }
      taken[i] = true;
      int j = i + 1;
      for (; j < lines.length; j++) {
        String line = lines[j];
        if (line.isBlank()) {
          continue;
        }
        if (separator(line) != separator) {
          break;
        }
        taken[j] = true;
        Row row = columns.row(cells(line, separator), j + 1);
        if (row != null) {
          rows.add(row);
        }
      }
      i = j;
    }
    if (rows.isEmpty()) {
      return new Reading(List.of(), text);
    }
    StringBuilder rest = new StringBuilder(text.length());
    for (int k = 0; k < lines.length; k++) {
      if (k > 0) {
        rest.append('\n');
      }
      if (!taken[k]) {
        rest.append(lines[k]);
      }
    }
    return new Reading(List.copyOf(rows), rest.toString());
  }

  /** True when the cells are a task table's header: a task column and a lead column, named. */
  static boolean isTaskTable(List<String> headerCells) {
    return Columns.of(headerCells.stream().map(TextCleaner::cleanLine).toList()) != null;
  }

  /** '|' or a tab when the line has at least two of them, else 0. */
  private static char separator(String line) {
    int bars = 0;
    int tabs = 0;
    for (int i = 0; i < line.length() && (bars < 2 && tabs < 2); i++) {
      char c = line.charAt(i);
      bars += c == '|' ? 1 : 0;
      tabs += c == '\t' ? 1 : 0;
    }
    return bars >= 2 ? '|' : tabs >= 2 ? '\t' : 0;
  }

  private static List<String> cells(String line, char separator) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == separator) {
        cells.add(TextCleaner.cleanLine(line.substring(start, i)));
        start = i + 1;
      }
    }
    // "| a | b |" has an empty cell before the first bar and after the last
    if (!cells.isEmpty() && cells.get(0).isEmpty() && line.strip().startsWith(String.valueOf(separator))) {
      cells.remove(0);
    }
    if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()
        && line.strip().endsWith(String.valueOf(separator))) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  /** Where the task, lead, cooperating and time columns are; -1 when absent. */
  private record Columns(int task, int lead, int cooperating, int time, int count) {

    /** The header's columns, or null when the line is no task table's header (it needs a task and a lead). */
    static Columns of(List<String> header) {
      if (header.size() < 3 || header.size() > MAX_HEADER_CELLS) {
        return null;
      }
      int task = -1;
      int lead = -1;
      int cooperating = -1;
      int time = -1;
      for (int c = 0; c < header.size(); c++) {
        String key = VietnameseText.key(header.get(c));
        if (key.length() > 80) {
          return null;
        }
        boolean leads = key.contains("chu tri");
        boolean cooperates = key.contains("phoi hop");
        if (leads && lead < 0 && !cooperates) {
          lead = c;
        } else if (cooperates && cooperating < 0 && !leads) {
          cooperating = c;
        } else if (leads && cooperates && lead < 0) {
          lead = c;
        } else if (task < 0 && (key.contains("noi dung") || key.contains("nhiem vu") || key.contains("cong viec")
            || key.contains("de an") || key.contains("ten nhiem vu"))) {
          task = c;
        } else if (time < 0 && (key.contains("thoi gian") || key.contains("thoi han") || key.contains("tien do")
            || key.equals("thoi diem"))) {
          time = c;
        }
      }
      return task >= 0 && lead >= 0 ? new Columns(task, lead, cooperating, time, header.size()) : null;
    }

    /** A task's row; null for a group's row ("I | Hoàn thiện thể chế" or one title repeated in every cell). */
    Row row(List<String> cells, int line) {
      if (cells.size() <= Math.max(task, lead)) {
        return null;
      }
      String taskText = cells.get(task);
      String leadText = cells.get(lead);
      if (taskText.isEmpty() || leadText.isEmpty() || leadText.equals(taskText)) {
        return null;
      }
      return new Row(taskText, leadText, cell(cells, cooperating), cell(cells, time), line);
    }

    private static String cell(List<String> cells, int index) {
      return index < 0 || index >= cells.size() || cells.get(index).isEmpty() ? null : cells.get(index);
    }
  }
}
