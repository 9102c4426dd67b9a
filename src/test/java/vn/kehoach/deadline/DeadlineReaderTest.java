package vn.kehoach.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeadlineReaderTest {

  @Test
  void anIsoDateIsTheLastDayOnTime() {
    Deadline deadline = DeadlineReader.read("2024-04-30", null);
    assertThat(deadline.kind()).isEqualTo(DeadlineKind.DUE);
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(deadline.lateFrom()).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00:00+07:00").toInstant());
    assertThat(deadline.dueText()).isEqualTo("30/04/2024");
  }

  @Test
  void aPhraseWithAnExplicitDateKeepsThePhrase() {
    Deadline deadline = DeadlineReader.read("  trong tháng\n 4/2024 ", "2024-04-30");
    assertThat(deadline.phrase()).isEqualTo("trong tháng 4/2024");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2024, 4, 30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"thường xuyên", "Thường xuyên", "thuong xuyen", "liên tục", "Thường xuyên, liên tục"})
  void ongoingWorkHasNoDueDate(String phrase) {
    Deadline deadline = DeadlineReader.read(phrase, null);
    assertThat(deadline.kind()).isEqualTo(DeadlineKind.ONGOING);
    assertThat(deadline.dueDate()).isNull();
    assertThat(deadline.lateFrom()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"trong tháng 4/2024", "quý II/2024", "thường xuyênnn", "sớm"})
  void aPhraseItCannotReadIsAnErrorNotNoDeadline(String phrase) {
    assertThatThrownBy(() -> DeadlineReader.read(phrase, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be read yet");
  }

  @Test
  void aMissingOrInvalidDeadlineIsAnError() {
    assertThatThrownBy(() -> DeadlineReader.read(null, null)).hasMessageContaining("is required");
    assertThatThrownBy(() -> DeadlineReader.read(" ", " ")).hasMessageContaining("is required");
    assertThatThrownBy(() -> DeadlineReader.read("2024-02-30", null)).hasMessageContaining("not a valid date");
    assertThatThrownBy(() -> DeadlineReader.read("trong tháng 4/2024", "30/4/2024")).hasMessageContaining("yyyy-mm-dd");
  }
}
