package vn.kehoach.deadline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

  @Test
  void foldsCaseDiacriticsAndDToPlainLetters() {
    assertThat(TextNormaliser.normalise("Đảng ủy, Thành uỷ, QUÝ II").folded()).isEqualTo("dang uy, thanh uy, quy ii");
  }

  @Test
  void nfdAndNfcFoldAlikeAndReportNfc() {
    String nfd = "Tha\u0300nh u\u0309y tha\u0301ng 4";
    NormalisedText text = TextNormaliser.normalise(nfd);

    assertThat(text.folded()).isEqualTo(TextNormaliser.normalise("Thành ủy tháng 4").folded());
    assertThat(text.original(0, text.folded().length())).isEqualTo("Thành ủy tháng 4");
  }

  @Test
  void collapsesWhitespaceKeepingLineBreaksAndDropsPageNumberLines() {
    NormalisedText text = TextNormaliser.normalise("  xong \n\n3\n\ntrong\u00a0 tháng \t4/2024 \n");

    assertThat(text.folded()).isEqualTo("xong\ntrong thang 4/2024");
    assertThat(text.original(0, text.folded().length())).isEqualTo("xong trong tháng 4/2024");
  }

  @Test
  void aNumberInsideALineIsNoPageNumber() {
    assertThat(TextNormaliser.normalise("trong 05\nngày").folded()).isEqualTo("trong 05\nngay");
  }

  @Test
  void tellsHangFromHangOnlyWhenTheWriterUsedDiacritics() {
    Set<String> every = Set.of("hằng", "hàng");

    assertThat(TextNormaliser.normalise("hàng năm").spelledAs(0, 4, every)).isTrue();
    assertThat(TextNormaliser.normalise("xếp hạng năm").spelledAs(4, 8, every)).isFalse();
    assertThat(TextNormaliser.normalise("hang nam").spelledAs(0, 4, every)).isTrue();
  }
}
