package vn.kehoach.importing;

import vn.kehoach.organisation.Unit;

/**
 * The unit a body as written stands for, if any.
 *
 * @param unit null when unmatched
 * @param score 1 for EXACT and ALIAS, 0.95 for ABBREVIATION, the similarity for FUZZY, 0 for NONE
 * @param candidate when unmatched, the most similar unit (below the threshold, or of another level: "Đảng ủy Công an
 *     Trung ương" is not "Đảng ủy Công an tỉnh"), null when nothing is similar
 * @param candidateScore the candidate's similarity
 */
public record UnitMatch(String asWritten, Unit unit, MatchMethod method, double score, Unit candidate,
                        double candidateScore) {

  public boolean matched() {
    return unit != null;
  }

  public String unitId() {
    return unit == null ? null : unit.id();
  }

  /** Matched by name, alias or abbreviation: no need for a person to check. */
  public boolean certain() {
    return matched() && method != MatchMethod.FUZZY;
  }

  static UnitMatch none(String asWritten, Unit candidate, double candidateScore) {
    return new UnitMatch(asWritten, null, MatchMethod.NONE, 0, candidate, candidateScore);
  }
}
