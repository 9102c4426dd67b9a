package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.Unit;

class UnitMatcherTest {

  private final UnitMatcher matcher = new UnitMatcher(ImportFixtures.DEMO);

  @Test
  void matchesAUnitByItsName() {
    UnitMatch match = matcher.match("Ban Thường vụ Tỉnh ủy");

    assertThat(match.unitId()).isEqualTo("btv-tinh-uy");
    assertThat(match.method()).isEqualTo(MatchMethod.EXACT);
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.certain()).isTrue();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "VPTU|van-phong-tinh-uy",
      "Thường trực Thành ủy|thanh-uy",
      "UBND phường|ubnd-phuong",
      "Các chi bộ trực thuộc|cac-chi-bo-truc-thuoc",
      "Uỷ ban MTTQ và các tổ chức thành viên|uy-ban-mttq-phuong",
      "Công an tỉnh|dang-uy-cong-an-tinh"})
  void matchesAShortNameOrAnAlias(String written, String unit) {
    UnitMatch match = matcher.match(written);

    assertThat(match.unitId()).isEqualTo(unit);
    assertThat(match.method()).isEqualTo(MatchMethod.ALIAS);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Đảng ủy CA tỉnh|dang-uy-cong-an-tinh",
      "Văn phòng ĐU phường|van-phong-dang-uy-phuong",
      "Ủy ban MTTQ và các tổ chức chính trị - xã hội phường|uy-ban-mttq-phuong",
      "Các đảng ủy trực thuộc|cac-dang-uy-truc-thuoc",
      "ubnd phường|ubnd-phuong",
      "BTV Tỉnh ủy|btv-tinh-uy"})
  void writesOutAbbreviations(String written, String unit) {
    UnitMatch match = matcher.match(written);

    assertThat(match.unitId()).isEqualTo(unit);
    assertThat(match.method()).isIn(MatchMethod.ABBREVIATION, MatchMethod.ALIAS);
    assertThat(match.certain()).isTrue();
  }

  @Test
  void anAbbreviationWrittenOutOnBothSidesIsAnAbbreviationMatch() {
    assertThat(matcher.match("Đảng ủy CA tỉnh").method()).isEqualTo(MatchMethod.ABBREVIATION);
    assertThat(matcher.match("Đảng ủy CA tỉnh").score()).isEqualTo(UnitMatcher.ABBREVIATION_SCORE);
  }

  @Test
  void shortAbbreviationsAreReadOnlyInCapitals() {
    // "tu" is also "từ", "tự": only "TU" is Tỉnh ủy
    assertThat(Abbreviations.expand("Văn phòng TU")).containsExactly("van", "phong", "tinh", "uy");
    assertThat(Abbreviations.expand("Tổ tự quản")).containsExactly("to", "tu", "quan");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ban thuong vu tinh uy|btv-tinh-uy",
      "BAN THƯỜNG VỤ TỈNH ỦY|btv-tinh-uy",
      "ĐẢNG UỶ PHƯỜNG|dang-uy-phuong",
      "Dang uy phuong|dang-uy-phuong",
      "Ủy ban Kiểm tra - Tỉnh ủy.|uy-ban-kiem-tra-tinh-uy",
      "  Hội   đồng nhân dân phường |hdnd-phuong"})
  void ignoresDiacriticsCaseAccentPlacementAndPunctuation(String written, String unit) {
    assertThat(matcher.match(written).unitId()).isEqualTo(unit);
    assertThat(matcher.match(written).method()).isEqualTo(MatchMethod.EXACT);
  }

  @Test
  void readsDecomposedText() {
    String decomposed = Normalizer.normalize("Chi bộ Công an phường", Normalizer.Form.NFD);

    assertThat(decomposed).isNotEqualTo("Chi bộ Công an phường");
    assertThat(matcher.match(decomposed).unitId()).isEqualTo("chi-bo-cong-an-phuong");
  }

  @Test
  void matchesBySimilarityAsALastResortAndSaysTheScore() {
    UnitMatch council = matcher.match("Hội đồng nhân dân");
    UnitMatch commission = matcher.match("Ban Tuyên giáo Đảng ủy");

    assertThat(council.unitId()).isEqualTo("hdnd-phuong");
    assertThat(council.method()).isEqualTo(MatchMethod.FUZZY);
    assertThat(council.score()).isCloseTo(8.0 / 9, within(0.001));
    assertThat(council.certain()).isFalse();
    assertThat(commission.unitId()).isEqualTo("ban-tuyen-giao-dang-uy-phuong");
    assertThat(commission.method()).isEqualTo(MatchMethod.FUZZY);
    assertThat(commission.score()).isBetween(UnitMatcher.FUZZY_THRESHOLD, 1.0);
  }

  @Test
  void forgivesATypingSlipInALongWord() {
    UnitMatch match = matcher.match("Chi bộ Công an phuongg");

    assertThat(match.unitId()).isEqualTo("chi-bo-cong-an-phuong");
    assertThat(match.method()).isEqualTo(MatchMethod.FUZZY);
  }

  @Test
  void leavesAnUnknownBodyUnmatched() {
    UnitMatch match = matcher.match("Sở Ngoại vụ");

    assertThat(match.matched()).isFalse();
    assertThat(match.method()).isEqualTo(MatchMethod.NONE);
    assertThat(match.unitId()).isNull();
    assertThat(match.asWritten()).isEqualTo("Sở Ngoại vụ");
  }

  @Test
  void neverMatchesAnotherLevelButNamesItAsTheClosest() {
    UnitMatch central = matcher.match("Đảng ủy Công an Trung ương");
    UnitMatch bloc = matcher.match("Văn phòng Đảng ủy Khối");

    assertThat(central.matched()).isFalse();
    assertThat(central.candidate().id()).isEqualTo("dang-uy-cong-an-tinh");
    assertThat(central.candidateScore()).isCloseTo(8.0 / 11, within(0.001));
    assertThat(bloc.matched()).isFalse();
    assertThat(bloc.candidate().id()).isEqualTo("van-phong-dang-uy-phuong");
  }

  @Test
  void leavesASimilarBodyBelowTheThresholdUnmatched() {
    UnitMatch match = matcher.match("Ban Thường vụ Tỉnh Đoàn");

    assertThat(match.matched()).isFalse();
    assertThat(match.candidate().id()).isEqualTo("btv-tinh-uy");
    assertThat(match.candidateScore()).isLessThan(UnitMatcher.FUZZY_THRESHOLD);
  }

  @Test
  void takesNeitherOfTwoEquallySimilarUnits() {
    Organisation two = new Organisation("two", List.of(
        new Unit("bcd-tinh", "Ban Chỉ đạo PCCC tỉnh", null, null, null, null),
        new Unit("bcd-huyen", "Ban Chỉ đạo PCCC huyện", null, null, null, null)), List.of(), List.of());

    UnitMatch match = new UnitMatcher(two).match("Ban Chỉ đạo PCCC");

    assertThat(match.matched()).isFalse();
    assertThat(match.candidate()).isNotNull();
  }

  @Test
  void emptyOrPunctuationIsNoMatch() {
    assertThat(matcher.match("").matched()).isFalse();
    assertThat(matcher.match(null).matched()).isFalse();
    assertThat(matcher.match(" - , ").matched()).isFalse();
  }

  @Test
  void jaroWinklerGivesTheTextbookValues() {
    assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
    assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    assertThat(JaroWinkler.similarity("abc", "abc")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
  }
}
