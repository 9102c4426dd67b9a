package vn.kehoach.deadline.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tricky cases, beyond form and instant: what is reported as matched, normalised and why. */
class DeadlineParserTest {

  private static final LocalDate APRIL_15 = LocalDate.of(2024, 4, 15);

  private final DeadlineParser parser = new DeadlineParser();

  @Test
  void reportsTheMatchedPartInTheWritersSpellingAcrossLineBreaks() {
    ParsedDeadline parsed = parser.parse("1. UBND phường: Xây dựng kế hoạch và tổ chức triển khai thực hiện xong \n\n"
        + "trong tháng 4/2024. ", APRIL_15);

    assertThat(parsed.matched()).isEqualTo("thực hiện xong trong tháng 4/2024");
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(parsed.normalised()).isEqualTo("hạn cuối 30/04/2024");
  }

  @Test
  void leavesAPageNumberOutOfTheMatchedPart() {
    assertThat(parser.parse("trong tháng\n\n17\n\n4/2024", APRIL_15).matched()).isEqualTo("trong tháng 4/2024");
  }

  @ParameterizedTest
  @ValueSource(strings = {"trong tháng 4/2024", "trong tha\u0301ng 4/2024", "TRONG THÁNG 4/2024", "trong thang 4/2024",
      "trong\ntháng   4/2024"})
  void readsEverySpellingAlikeAndReportsNfc(String phrase) {
    ParsedDeadline parsed = parser.parse(phrase, APRIL_15);

    assertThat(parsed.due()).isEqualTo(lateFrom("2024-05-01"));
    assertThat(parsed.matched()).isEqualToIgnoringCase(phrase.replace("tha\u0301ng", "tháng")
        .replaceAll("\\s+", " "));
  }

  @Test
  void aLabelNamesTheDeadlineEvenWhenAnotherExpressionComesFirst() {
    ParsedDeadline parsed = parser.parse("2. Thường xuyên phối hợp với các cơ quan liên quan.\n\n"
        + "+ Thời gian thực hiện: trong quý III/2024.", APRIL_15);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.DUE);
    assertThat(parsed.matched()).isEqualTo("trong quý III/2024");
  }

  @Test
  void theLabelledOngoingIsTheOneReported() {
    ParsedDeadline parsed = parser.parse("2. Thường xuyên phối hợp.\n\n+ Thời gian thực hiện: thường xuyên.", APRIL_15);

    assertThat(parsed.matched()).isEqualTo("thường xuyên");
    assertThat(parsed.normalised()).isEqualTo("thường xuyên");
  }

  @Test
  void anAdverbialThuongXuyenGivesWayToADate() {
    ParsedDeadline parsed = parser.parse("Thường xuyên kiểm tra; báo cáo trước ngày 15/5/2024.", APRIL_15);

    assertThat(parsed.matched()).isEqualTo("trước ngày 15/5/2024");
    assertThat(parsed.due()).isEqualTo(lateFrom("2024-05-15"));
    assertThat(parsed.lastDay()).isEqualTo(LocalDate.of(2024, 5, 14));
  }

  @Test
  void aFixedYearlyDayBeforeWhichTheReportIsDue() {
    ParsedDeadline parsed = parser.parse("Báo cáo trước ngày 20/11 hằng năm.", APRIL_15);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RECURRING);
    assertThat(parsed.matched()).isEqualTo("trước ngày 20/11 hằng năm");
    assertThat(parsed.dayInPeriod()).isEqualTo(MonthDay.of(11, 20));
    assertThat(parsed.before()).isTrue();
    assertThat(parsed.lastDay()).isNull();
    assertThat(parsed.normalised()).isEqualTo("định kỳ hằng năm, trước ngày 20/11");
  }

  @Test
  void aFixedDayWithoutTrucIsOnTimeThroughThatDay() {
    ParsedDeadline parsed = parser.parse("chậm nhất ngày 20/11 hằng năm", APRIL_15);

    assertThat(parsed.before()).isFalse();
    assertThat(parsed.due()).isEqualTo(lateFrom("2024-11-21"));
    assertThat(parsed.normalised()).isEqualTo("định kỳ hằng năm, chậm nhất ngày 20/11");
  }

  @Test
  void theShortestNamedCycleCounts() {
    ParsedDeadline parsed = parser.parse("báo cáo định kỳ 6 tháng, hằng năm", APRIL_15);

    assertThat(parsed.cycle()).isEqualTo(Cycle.HALF_YEARLY);
    assertThat(parsed.matched()).isEqualTo("định kỳ 6 tháng, hằng năm");
    assertThat(parsed.normalised()).isEqualTo("định kỳ 6 tháng");
  }

  @Test
  void periodicWithoutACycleSaysSo() {
    ParsedDeadline parsed = parser.parse("định kỳ tổng hợp báo cáo", APRIL_15);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.RECURRING);
    assertThat(parsed.cycle()).isNull();
    assertThat(parsed.due()).isNull();
    assertThat(parsed.normalised()).isEqualTo("định kỳ (không nêu chu kỳ)");
  }

  @Test
  void relativeDaysKeepTheirStartingEvent() {
    ParsedDeadline parsed = parser.parse("trong vòng 05 ngày làm việc kể từ ngày ban hành Kế hoạch", APRIL_15);

    assertThat(parsed.matched()).isEqualTo("trong vòng 05 ngày làm việc kể từ ngày ban hành");
    assertThat(parsed.normalised()).isEqualTo("05 ngày làm việc kể từ ngày ban hành");
    assertThat(parsed.due()).isNull();
  }

  @Test
  void anImpossibleDateSaysWhatIsWrong() {
    assertThat(parser.parse("hoàn thành trước ngày 31/4/2024", APRIL_15).reason())
        .isEqualTo("ngày 31/4/2024 không tồn tại: tháng 4/2024 có 30 ngày (no such date: April 2024 has 30 days)");
    assertThat(parser.parse("29/2/2023", APRIL_15).reason()).contains("February 2023 has 28 days");
    assertThat(parser.parse("trong tháng 13/2024", APRIL_15).reason())
        .isEqualTo("tháng 13 không tồn tại (there is no month 13)");
    assertThat(parser.parse("quý V/2024", APRIL_15).reason()).startsWith("quý V không tồn tại");
  }

  @Test
  void anImpossibleDateIsNotPassedOverForAWeakerExpression() {
    ParsedDeadline parsed = parser.parse("thường xuyên; báo cáo trước ngày 31/4/2024", APRIL_15);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.UNPARSED);
    assertThat(parsed.reason()).contains("31/4/2024");
  }

  @Test
  void documentDatesAloneAreNoDeadline() {
    ParsedDeadline parsed = parser.parse("Chỉ thị số 31-CT/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy", APRIL_15);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.UNPARSED);
    assertThat(parsed.reason()).isEqualTo(DeadlineParser.ONLY_DOCUMENT_DATES);
  }

  @Test
  void nothingToReadSaysSo() {
    assertThat(parser.parse("sớm", APRIL_15).reason()).isEqualTo(DeadlineParser.NOT_FOUND);
    assertThat(parser.parse(" \n ", APRIL_15).reason()).isEqualTo(DeadlineParser.EMPTY);
    assertThat(parser.parse("", APRIL_15).reason()).isEqualTo(DeadlineParser.EMPTY);
  }

  @Test
  void aMissingPhraseIsUnparsedAndKeptAsGiven() {
    ParsedDeadline parsed = parser.parse(null, APRIL_15);

    assertThat(parsed.form()).isEqualTo(DeadlineForm.UNPARSED);
    assertThat(parsed.phrase()).isNull();
    assertThat(parsed.reason()).isEqualTo(DeadlineParser.EMPTY);
  }

  @Test
  void theReferenceDateIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> parser.parse("quý II/2024", null))
        .withMessageContaining("referenceDate");
  }

  @Test
  void aTimeOfDayIsRefusedRatherThanRoundedToADay() {
    assertThat(parser.parse("trước 17h00 ngày 15/5/2024", APRIL_15).reason()).contains("17h00");
  }

  @Test
  void quyDinhIsNoQuarterButQuyIIIs() {
    assertThat(parser.parse("theo quy định vi phạm", APRIL_15).form()).isEqualTo(DeadlineForm.UNPARSED);
    assertThat(parser.parse("trong quý II", APRIL_15).due()).isEqualTo(lateFrom("2024-07-01"));
    assertThat(parser.parse("trong quy II", APRIL_15).due()).isEqualTo(lateFrom("2024-07-01"));
    assertThat(parser.parse("trong quy ii", APRIL_15).form()).isEqualTo(DeadlineForm.UNPARSED);
  }

  private static Instant lateFrom(String localDay) {
    return OffsetDateTime.parse(localDay + "T00:00:00+07:00").toInstant();
  }
}
