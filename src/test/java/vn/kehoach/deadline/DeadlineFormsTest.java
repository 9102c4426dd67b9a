package vn.kehoach.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.junit.jupiter.api.Test;
import vn.kehoach.calendar.HolidayAdjustments;
import vn.kehoach.calendar.VietnamWorkingCalendar;

/** Ranges, phases and report calendars as an assignment's deadline (domain, no engine). */
class DeadlineFormsTest {

  private static final LocalDate REF = LocalDate.of(2024, 3, 1);

  @Test
  void aRangeIsDueAtItsEndAndShowsItsStart() {
    Deadline deadline = DeadlineReader.read("từ ngày 01/4/2024 đến ngày 30/4/2024", null, REF);

    assertThat(deadline.kind()).isEqualTo(DeadlineKind.RANGE);
    assertThat(deadline.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(deadline.dueText()).isEqualTo("30/04/2024 (bắt đầu từ 01/04/2024)");
  }

  @Test
  void aPhasedDeadlineKeepsItsPhasesAndEachPhaseEndIsAMilestone() {
    Deadline deadline = DeadlineReader.read("giai đoạn 1 (2024-2025); giai đoạn 2 (2026-2030)", null, REF);

    assertThat(deadline.kind()).isEqualTo(DeadlineKind.PHASED);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(deadline.milestones()).containsExactly(LocalDate.of(2025, 12, 31));
    assertThat(deadline.dueText()).isEqualTo("31/12/2030 (giai đoạn 1: từ 01/01/2024 đến 31/12/2025; giai đoạn 2: "
        + "từ 01/01/2026 đến 31/12/2030)");
  }

  @Test
  void aStartWithoutALastDayIsOngoingWorkFromThatStart() {
    Deadline deadline = DeadlineReader.read("Từ năm 2026, từng bước thực hiện", null, REF);

    assertThat(deadline.kind()).isEqualTo(DeadlineKind.ONGOING);
    assertThat(deadline.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(deadline.dueText()).isEqualTo("thường xuyên từ 01/01/2026 (báo cáo định kỳ)");
  }

  @Test
  void eachReportOfACalendarCoversThePeriodMovedByWholeCycles() {
    Deadline deadline = DeadlineReader.read("báo cáo năm trước ngày 15/12 hằng năm", null, REF);

    assertThat(deadline.period()).hasToString("2023-12-15..2024-12-14");
    assertThat(deadline.periodCovered(LocalDate.of(2024, 12, 14))).hasToString("2023-12-15..2024-12-14");
    assertThat(deadline.periodCovered(LocalDate.of(2025, 12, 14))).hasToString("2024-12-15..2025-12-14");
    assertThat(deadline.periodCovered(LocalDate.of(2027, 12, 14))).hasToString("2026-12-15..2027-12-14");
  }

  @Test
  void aReportDueAfterItsPeriodCoversThePeriodBefore() {
    Deadline quarterly = DeadlineReader.read("Chậm nhất là ngày 15 tháng đầu tiên của quý sau liền kề đối với báo "
        + "cáo quý; số liệu từ ngày 01 tháng đầu quý đến ngày cuối của tháng cuối quý đó", null,
        LocalDate.of(2025, 7, 25));

    assertThat(quarterly.period()).hasToString("2025-07-01..2025-09-30");
    assertThat(quarterly.periodCovered(LocalDate.of(2025, 10, 15))).hasToString("2025-07-01..2025-09-30");
    assertThat(quarterly.periodCovered(LocalDate.of(2026, 1, 15))).hasToString("2025-10-01..2025-12-31");
  }

  @Test
  void reportsOnADayAfterTheirQuarterComeEveryQuarterOnThatDay() {
    DeadlineSchedule schedule = new DeadlineSchedule(new VietnamWorkingCalendar(HolidayAdjustments.none()),
        new DeadlinePolicy(3, 5, Period.ofMonths(6), 5, LocalTime.of(8, 0)));
    Deadline quarterly = DeadlineReader.read("Chậm nhất là ngày 15 tháng đầu tiên của quý sau liền kề đối với báo "
        + "cáo quý", null, LocalDate.of(2025, 7, 25));
    assertThat(quarterly.dayInPeriod()).isNull();
    assertThat(quarterly.firstReport()).isEqualTo(LocalDate.of(2025, 10, 15));

    LocalDate issued = LocalDate.of(2025, 7, 25);
    DeadlineSchedule.ReportOccurrence first = schedule.nextReport(quarterly, issued,
        issued.atStartOfDay(Deadline.VIETNAM).toInstant());
    assertThat(first.lastDay()).isEqualTo(LocalDate.of(2025, 10, 15));
    DeadlineSchedule.ReportOccurrence second = schedule.nextReport(quarterly, issued, first.lateFrom());
    assertThat(second.lastDay()).isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void aReportCalendarsOccurrenceNamesItsPeriod() {
    DeadlineSchedule schedule = new DeadlineSchedule(new VietnamWorkingCalendar(HolidayAdjustments.none()),
        new DeadlinePolicy(3, 5, Period.ofMonths(6), 5, LocalTime.of(8, 0)));
    Deadline halfYear = DeadlineReader.read("báo cáo 6 tháng trước ngày 20/6", null, REF);
    LocalDate issued = REF;

    DeadlineSchedule.ReportOccurrence first = schedule.nextReport(halfYear, issued,
        issued.atStartOfDay(Deadline.VIETNAM).toInstant());
    assertThat(first.lastDay()).isEqualTo(LocalDate.of(2024, 6, 19));
    assertThat(first.periodText()).isEqualTo("kỳ báo cáo từ 15/12/2023 đến 14/06/2024");
    DeadlineSchedule.ReportOccurrence second = schedule.nextReport(halfYear, issued, first.lateFrom());
    assertThat(second.lastDay()).isEqualTo(LocalDate.of(2024, 12, 19));
    assertThat(second.periodText()).isEqualTo("kỳ báo cáo từ 15/06/2024 đến 14/12/2024");
  }
}
