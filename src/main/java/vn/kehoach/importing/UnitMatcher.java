package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;

/**
 * Finds the unit a body as written stands for: by its name, then its short name or an alias, then with
 * abbreviations written out, and last by word similarity. Diacritics, case, "uỷ/ủy", punctuation and a leading
 * "các" do not matter; the level does ("Đảng ủy Công an Trung ương" never matches "Đảng ủy Công an tỉnh").
 */
public final class UnitMatcher {

  /** Below this word similarity a body is left unmatched. */
  public static final double FUZZY_THRESHOLD = 0.85;
  static final double ABBREVIATION_SCORE = 0.95;
  /** Two units this close to the best are ambiguous: neither is taken. */
  private static final double AMBIGUITY_MARGIN = 0.02;
  private static final double MIN_CANDIDATE = 0.6;
  /** Words this long may differ by a slip of the keyboard; shorter Vietnamese words differ in meaning. */
  private static final int MIN_WORD_FOR_SLIP = 6;
  private static final double SLIP_SIMILARITY = 0.94;

  private record Form(Unit unit, MatchMethod method, BodyName name, BodyName unitName) {}

  private final List<Form> forms = new ArrayList<>();

  public UnitMatcher(Organisation organisation) {
    for (Unit unit : organisation.units()) {
      BodyName unitName = BodyName.of(unit.name());
      forms.add(new Form(unit, MatchMethod.EXACT, unitName, unitName));
      if (unit.shortName() != null && !unit.shortName().isBlank()) {
        forms.add(new Form(unit, MatchMethod.ALIAS, BodyName.of(unit.shortName()), unitName));
      }
      for (String alias : unit.aliases()) {
        forms.add(new Form(unit, MatchMethod.ALIAS, BodyName.of(alias), unitName));
      }
    }
  }

  public UnitMatch match(String asWritten) {
    if (asWritten == null || asWritten.isBlank()) {
      return UnitMatch.none(asWritten, null, 0);
    }
    BodyName body = BodyName.of(asWritten);
    if (body.isEmpty()) {
      return UnitMatch.none(asWritten, null, 0);
    }
    for (MatchMethod method : List.of(MatchMethod.EXACT, MatchMethod.ALIAS)) {
      for (Form form : forms) {
        if (form.method() == method && form.name().words().equals(body.words())) {
          return new UnitMatch(asWritten, form.unit(), method, 1, null, 0);
        }
      }
    }
    for (Form form : forms) {
      if (form.name().expanded().equals(body.expanded())) {
        return new UnitMatch(asWritten, form.unit(), MatchMethod.ABBREVIATION, ABBREVIATION_SCORE, null, 0);
      }
    }
    return fuzzy(asWritten, body);
  }

  private UnitMatch fuzzy(String asWritten, BodyName body) {
    Form best = null;
    double bestScore = 0;
    double runnerUp = 0;
    Form closest = null;
    double closestScore = 0;
    for (Form form : forms) {
      double similarity = similarity(body.expanded(), form.name().expanded());
      if (similarity > closestScore) {
        closest = form;
        closestScore = similarity;
      }
      if (!comparable(body, form)) {
        continue;
      }
      if (similarity > bestScore) {
        if (best != null && !best.unit().equals(form.unit())) {
          runnerUp = bestScore;
        }
        best = form;
        bestScore = similarity;
      } else if (best != null && !best.unit().equals(form.unit()) && similarity > runnerUp) {
        runnerUp = similarity;
      }
    }
    if (best != null && bestScore >= FUZZY_THRESHOLD && bestScore - runnerUp > AMBIGUITY_MARGIN) {
      return new UnitMatch(asWritten, best.unit(), MatchMethod.FUZZY, round(bestScore), null, 0);
    }
    Form candidate = best != null && bestScore >= closestScore ? best : closest;
    double candidateScore = Objects.equals(candidate, best) ? bestScore : closestScore;
    return candidateScore >= MIN_CANDIDATE
        ? UnitMatch.none(asWritten, candidate.unit(), round(candidateScore))
        : UnitMatch.none(asWritten, null, 0);
  }

  /** Same kind of body (first word) at the same level, as far as both say. */
  private static boolean comparable(BodyName body, Form form) {
    if (!body.head().equals(form.name().head())) {
      return false;
    }
    return body.levels().isEmpty() || form.unitName().levels().isEmpty()
        || body.levels().equals(form.unitName().levels());
  }

  /** Twice the longest common run of words (in order) over the words of both: 1 for the same words. */
  static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        common[i][j] = sameWord(a.get(i - 1), b.get(j - 1))
            ? common[i - 1][j - 1] + 1
            : Math.max(common[i - 1][j], common[i][j - 1]);
      }
    }
    return 2.0 * common[a.size()][b.size()] / (a.size() + b.size());
  }

  private static boolean sameWord(String a, String b) {
    return a.equals(b) || (Math.min(a.length(), b.length()) >= MIN_WORD_FOR_SLIP
        && JaroWinkler.similarity(a, b) >= SLIP_SIMILARITY);
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
