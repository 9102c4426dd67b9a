package vn.kehoach.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects warnings once each, and words them in Vietnamese and English. */
final class ImportWarnings {

  /** Who a body is in the document, for the message. */
  enum BodyRole {
    ISSUER("cơ quan ban hành", "issuing body"),
    LEAD("đơn vị chủ trì", "lead body"),
    COOPERATE("đơn vị phối hợp", "cooperating body"),
    MONITORING("đơn vị theo dõi, tổng hợp", "monitoring body"),
    RECIPIENT("nơi nhận", "recipient");

    private final String vi;
    private final String en;

    BodyRole(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }
  }

  private static final int EXCERPT = 160;

  private final List<ImportWarning> warnings = new ArrayList<>();
  private final Set<String> seen = new LinkedHashSet<>();

  void add(WarningCode code, String vi, String en, int line, String excerpt) {
    String shortExcerpt = excerpt == null ? null : shorten(excerpt);
    if (seen.add(code + "|" + line + "|" + vi)) {
      warnings.add(new ImportWarning(code, vi, en, line, shortExcerpt));
    }
  }

  void document(WarningCode code, String vi, String en) {
    add(code, vi, en, 0, null);
  }

  /** BODY_UNMATCHED or BODY_FUZZY_MATCH when the match calls for it; nothing when it is certain. */
  void match(UnitMatch match, BodyRole role, int line, String excerpt) {
    if (match.certain()) {
      return;
    }
    if (match.matched()) {
      add(WarningCode.BODY_FUZZY_MATCH,
          String.format("%s \"%s\" được ghép gần đúng với \"%s\" (độ giống %s): cần kiểm tra", capital(role.vi),
              match.asWritten(), match.unit().name(), score(match.score())),
          String.format("%s \"%s\" matched \"%s\" by similarity only (score %s): check it", capital(role.en),
              match.asWritten(), match.unit().name(), score(match.score())),
          line, excerpt);
      return;
    }
    String candidateVi = match.candidate() == null ? "" : String.format("; gần nhất: \"%s\" (%s)",
        match.candidate().name(), score(match.candidateScore()));
    String candidateEn = match.candidate() == null ? "" : String.format("; closest: \"%s\" (%s)",
        match.candidate().name(), score(match.candidateScore()));
    add(WarningCode.BODY_UNMATCHED,
        String.format("Không tìm thấy đơn vị trong hệ thống cho %s \"%s\"%s", role.vi, match.asWritten(),
            candidateVi),
        String.format("no unit of the organisation matches the %s \"%s\"%s", role.en, match.asWritten(),
            candidateEn),
        line, excerpt);
  }

  /** Whole-document warnings first, then by line (stable: the same line keeps the order found). */
  List<ImportWarning> list() {
    List<ImportWarning> sorted = new ArrayList<>(warnings);
    sorted.sort(Comparator.comparingInt(ImportWarning::line));
    return List.copyOf(sorted);
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  private static String capital(String text) {
    return VietnameseText.capitalise(text);
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
  }
}
