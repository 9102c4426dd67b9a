package vn.kehoach.deadline.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "+ Thời gian thực hiện: thường xuyên", "Thời hạn: ...": an explicit label says which expression is the deadline,
 * whatever else the task's text mentions.
 */
final class DeadlineLabels {

  private static final Pattern LABEL = FoldedPattern.compile("(?<![a-z])(?:thoi gian(?: (?:thuc hien|hoan thanh))?"
      + "|thoi han(?: (?:thuc hien|hoan thanh|gui bao cao|nop bao cao)[^:\\n.;]{0,40})?|han cuoi|han chot|tien do(?: thuc hien)?)\\s*:");
  /** Between a label and its expression: a few words on the same line, no sentence end. */
  private static final Pattern SAME_CLAUSE = Pattern.compile("[^\\n.;]{0,40}");

  private final List<Integer> ends = new ArrayList<>();
  private final String folded;

  private DeadlineLabels(String folded) {
    this.folded = folded;
  }

  static DeadlineLabels find(NormalisedText text) {
    DeadlineLabels labels = new DeadlineLabels(text.folded());
    Matcher label = LABEL.matcher(text.folded());
    while (label.find()) {
      labels.ends.add(label.end());
    }
    return labels;
  }

  boolean isLabelled(Candidate candidate) {
    for (int end : ends) {
      if (end <= candidate.start() && SAME_CLAUSE.matcher(folded.substring(end, candidate.start())).matches()) {
        return true;
      }
    }
    return false;
  }
}
