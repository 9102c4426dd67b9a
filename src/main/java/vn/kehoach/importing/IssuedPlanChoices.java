package vn.kehoach.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.kehoach.system.FieldProblem;
import vn.kehoach.system.InvalidRequestException;

/**
 * What the office decides when it takes in a plan issued elsewhere, beside what the document says: the unit for an
 * assignment whose body was not matched ({@code assign=3:dang-uy-cong-an-tinh}), the assignments it leaves out
 * ({@code drop=5}), the deadline of a task the document gives none that can be followed ({@code deadline=2:trong
 * tháng 6/2024} or {@code deadline=2:2024-06-30}), and the number, date and receiving office when the document's are
 * missing or misread.
 *
 * @param units the chosen unit by assignment index
 * @param dropped the assignment indexes left out
 * @param deadlines the deadline as the office writes it, by assignment index
 */
public record IssuedPlanChoices(Map<Integer, String> units, Set<Integer> dropped, Map<Integer, String> deadlines,
                                String number, LocalDate issuedOn, String receivingOffice) {

  /** From the request's parameters; a choice that is not "index:unit" or names an index twice is refused. */
  public static IssuedPlanChoices parse(List<String> assign, List<Integer> drop, List<String> deadline,
                                        String number, LocalDate issuedOn, String receivingOffice) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<Integer, String> units = byIndex(assign, "assign", "STT:mã-đơn-vị, ví dụ 3:dang-uy-cong-an-tinh", problems);
    Map<Integer, String> deadlines = byIndex(deadline, "deadline", "STT:thời hạn, ví dụ 2:trong tháng 6/2024",
        problems);
    Set<Integer> dropped = new TreeSet<>(drop == null ? List.of() : drop);
    for (Integer index : dropped) {
      if (units.containsKey(index)) {
        problems.add(new FieldProblem("drop", "nhiệm vụ " + index + " vừa được chọn đơn vị vừa bị bỏ (both assigned "
            + "and dropped)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new IssuedPlanChoices(Map.copyOf(units), Set.copyOf(dropped), Map.copyOf(deadlines), blankToNull(number),
        issuedOn, blankToNull(receivingOffice));
  }

  /** "3:value" choices by index; one that is not of that shape, or names an index twice, is a problem. */
  private static Map<Integer, String> byIndex(List<String> choices, String field, String shape,
                                              List<FieldProblem> problems) {
    Map<Integer, String> byIndex = new LinkedHashMap<>();
    for (String choice : choices == null ? List.<String>of() : choices) {
      int colon = choice.indexOf(':');
      Integer index = colon > 0 ? index(choice.substring(0, colon).strip()) : null;
      String value = colon > 0 ? choice.substring(colon + 1).strip() : "";
      if (index == null || value.isEmpty()) {
        problems.add(new FieldProblem(field, "'" + choice + "' không có dạng " + shape + " (is not index:value)"));
      } else if (byIndex.put(index, value) != null) {
        problems.add(new FieldProblem(field, "nhiệm vụ " + index + " được chọn hai lần (chosen twice)"));
      }
    }
    return byIndex;
  }

  /** Every index named exists among {@code count} assignments. */
  void checkIndexes(int count) {
    List<FieldProblem> problems = new ArrayList<>();
    outOfRange(units.keySet(), "assign", count, problems);
    outOfRange(dropped, "drop", count, problems);
    outOfRange(deadlines.keySet(), "deadline", count, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  private static void outOfRange(Set<Integer> indexes, String field, int count, List<FieldProblem> problems) {
    indexes.stream().filter(i -> i < 0 || i >= count).sorted().forEach(i -> problems.add(new FieldProblem(field,
        "không có nhiệm vụ số " + i + ": văn bản có " + count + " nhiệm vụ, đánh số từ 0 (no assignment " + i + ")")));
  }

  private static Integer index(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
