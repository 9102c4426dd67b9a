package vn.kehoach.deadline.parser;

/** One expression found in folded[start, end) and what it would mean if chosen. */
record Candidate(int start, int end, Strength strength, ParsedDeadline reading) {

  int length() {
    return end - start;
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }

  boolean overlaps(Candidate other) {
    return overlaps(other.start, other.end);
  }
}
