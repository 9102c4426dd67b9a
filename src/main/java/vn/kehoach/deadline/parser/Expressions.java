package vn.kehoach.deadline.parser;

import java.time.LocalDate;
import java.util.List;

/** Finds one family of deadline expressions in a folded text. */
interface Expressions {

  List<Candidate> find(NormalisedText text, LocalDate reference);
}
