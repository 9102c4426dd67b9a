package vn.kehoach.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UserTextTest {

  private static final String PLAN = "Kế hoạch";

  @Test
  void decomposedVietnameseIsComposed() {
    String decomposed = Normalizer.normalize(PLAN, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(PLAN).hasSize(11); // K e ^ ' space h o . a c h
    assertThat(UserText.normalise(decomposed)).isEqualTo(PLAN).hasSize(8);
    assertThat(UserText.refusal("title", decomposed)).isNull();
  }

  @Test
  void textAsTypedStaysAsItIs() {
    String text = "Kế hoạch số 37-KH/ĐUK\tngày 01/11/2021\r\nthực hiện Kết luận 02-KL/TW; PCCC & CNCH \"trích dẫn\" <b>";
    assertThat(UserText.refusal("title", text)).isNull();
    assertThat(UserText.normalise(text)).isEqualTo(text);
    assertThat(UserText.fromDocument(text)).isEqualTo(text);
    assertThat(UserText.normalise(null)).isNull();
    assertThat(UserText.refusal("title", null)).isNull();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "00AD"})
  void invisibleCharactersAreRemoved(String hex) {
    String invisible = Character.toString(Integer.parseInt(hex, 16));
    String text = "Kế " + invisible + "hoạch" + invisible;
    assertThat(UserText.refusal("title", text)).isNull();
    assertThat(UserText.normalise(text)).isEqualTo(PLAN);
  }

  @Test
  void aZeroWidthCharacterBetweenALetterAndItsAccentsDoesNotKeepThemApart() {
    assertThat(UserText.normalise("Ke\u200B\u0302\u0301 hoa\u0323ch")).isEqualTo(PLAN);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0001", "0007", "0008", "000B", "000C", "001B", "001F", "007F", "0080", "0085",
      "009B", "009F"})
  void controlCharactersOtherThanTabAndLineBreaksAreRefusedByName(String hex) {
    String text = "Kế hoạch" + Character.toString(Integer.parseInt(hex, 16)) + " PCCC";
    assertThat(UserText.refusal("assignments[0].task", text))
        .startsWith("Trường 'assignments[0].task' chứa ký tự điều khiển U+" + hex)
        .contains("xóa ký tự này rồi gửi lại", "(assignments[0].task contains the control character U+" + hex);
    assertThat(UserText.fromDocument(text)).isEqualTo("Kế hoạch PCCC");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"200E", "200F", "061C", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068",
      "2069"})
  void bidiControlsAreRefusedByName(String hex) {
    String text = "Kế hoạch " + Character.toString(Integer.parseInt(hex, 16)) + "hcaoh ếK";
    assertThat(UserText.refusal("title", text)).startsWith("Trường 'title' chứa ký tự đổi hướng chữ U+" + hex)
        .contains("bidi control U+" + hex);
    assertThat(UserText.fromDocument(text)).isEqualTo("Kế hoạch hcaoh ếK");
  }

  @Test
  void theRefusalNamesTheFirstRefusedCharacterWithItsUnicodeName() {
    assertThat(UserText.refusal("title", "a\u202Eb\u0000c")).contains("U+202E (RIGHT-TO-LEFT OVERRIDE)")
        .doesNotContain("U+0000");
    assertThat(UserText.refusal("title", "a\u0000b")).contains("U+0000 (NULL)");
  }

  @Test
  void charactersBeyondTheBasicPlaneAreKept() {
    String text = "Báo cáo \uD835\uDC00 \uD83D\uDE92"; // a mathematical bold A and a fire engine
    assertThat(UserText.refusal("report", text)).isNull();
    assertThat(UserText.normalise(text)).isEqualTo(text);
  }
}
