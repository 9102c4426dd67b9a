package vn.kehoach.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeadlineReaderTest {

  private static final LocalDate REF = LocalDate.of(2024, 3, 28);

  @Test
  void anIsoDateIsTheLastDayOnTime() {
    Deadline deadline = DeadlineReader.read("2024-04-30", null, REF);
    assertThat(deadline.kind()).isEqualTo(DeadlineKind.DUE);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(deadline.lateFrom()).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00:00+07:00").toInstant());
    assertThat(deadline.dueText()).isEqualTo("30/04/2024");
  }

  @Test
  void aPhraseWithAnExplicitDateKeepsThePhrase() {
    Deadline deadline = DeadlineReader.read("  trong tháng\n 4/2024 ", "2024-04-30", REF);
    assertThat(deadline.phrase()).isEqualTo("trong tháng 4/2024");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2024, 4, 30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"thường xuyên", "Thường xuyên", "thuong xuyen", "liên tục", "Thường xuyên, liên tục"})
  void ongoingWorkHasNoDueDate(String phrase) {
    Deadline deadline = DeadlineReader.read(phrase, null, REF);
    assertThat(deadline.kind()).isEqualTo(DeadlineKind.ONGOING);
    assertThat(deadline.dueDate()).isNull();
    assertThat(deadline.lateFrom()).isNull();
  }

  @Test
  void aPhraseIsParsedIntoItsMeaning() {
    assertThat(DeadlineReader.read("trong tháng 4/2024", null, REF)).satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DeadlineKind.DUE);
      assertThat(d.dueDate()).isEqualTo(LocalDate.of(2024, 4, 30));
    });
    assertThat(DeadlineReader.read("trong 05 ngày làm việc", null, REF).kind()).isEqualTo(DeadlineKind.RELATIVE);
    assertThat(DeadlineReader.read("hằng quý", null, REF).kind()).isEqualTo(DeadlineKind.RECURRING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sớm", "khi có chỉ đạo"})
  void aPhraseItCannotReadIsKeptAsUnparsedWithTheReasonNeverAsNoDeadline(String phrase) {
    Deadline deadline = DeadlineReader.read(phrase, null, REF);
    assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNPARSED);
    assertThat(deadline.note()).isNotBlank();
    assertThat(deadline.dueDate()).isNull();
    assertThat(deadline.phrase()).isEqualTo(phrase);
  }

  @Test
  void aMissingOrInvalidDeadlineIsAnError() {
    assertThatThrownBy(() -> DeadlineReader.read(null, null, REF)).hasMessageContaining("is required");
    assertThatThrownBy(() -> DeadlineReader.read(" ", " ", REF)).hasMessageContaining("is required");
        assertThatThrownBy(() -> DeadlineReader.read("trong tháng 4/2024", "30/4/2024", REF)).hasMessageContaining("yyyy-mm-dd");
  }
}
