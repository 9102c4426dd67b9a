package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kehoach.assignment.AssignmentRole;

/** Lists of bodies as the corpus writes them, one body each; and a decision's articles read for tasks. */
class BodyListsTest {

  @Test
  void splitsLeadsOnlyWhereANewBodyStarts() {
    assertThat(BodyLists.leads("Bộ Xây dựng, Bộ Tài nguyên và Môi trường"))
        .containsExactly("Bộ Xây dựng", "Bộ Tài nguyên và Môi trường");
    assertThat(BodyLists.leads("Bộ Ngoại giao và Bộ Công an")).containsExactly("Bộ Ngoại giao", "Bộ Công an");
    assertThat(BodyLists.leads("Trưởng các phòng, đơn vị thuộc Sở"))
        .containsExactly("Trưởng các phòng, đơn vị thuộc Sở");
    assertThat(BodyLists.leads("Cấp ủy các chi bộ, đảng bộ cơ sở")).containsExactly("Cấp ủy các chi bộ, đảng bộ cơ sở");
    assertThat(BodyLists.leads("Ban Thường vụ Tỉnh ủy, Thành ủy")).containsExactly("Ban Thường vụ Tỉnh ủy, Thành ủy");
    assertThat(BodyLists.leads("Sở Kế hoạch và Đầu tư")).containsExactly("Sở Kế hoạch và Đầu tư");
  }

  @Test
  void splitsCooperatingBodiesButKeepsEnumerationsOfKinds() {
    assertThat(BodyLists.cooperating("UBND các huyện, thị xã, thành phố"))
        .containsExactly("UBND các huyện, thị xã, thành phố");
    assertThat(BodyLists.cooperating("Các Bộ: Quốc phòng, Xây dựng, Tài nguyên và Môi trường, Nông nghiệp và PTNT và "
        + "các đơn vị liên quan")).containsExactly("Bộ Quốc phòng", "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường",
            "Bộ Nông nghiệp và PTNT", "các đơn vị liên quan");
    assertThat(BodyLists.cooperating("cấp ủy các cấp, tổ chức chính trị - xã hội"))
        .containsExactly("cấp ủy các cấp", "tổ chức chính trị - xã hội");
    assertThat(BodyLists.onlyKinds("Các bộ, ngành")).isTrue();
    assertThat(BodyLists.onlyKinds("Các quận - huyện ủy")).isFalse();
  }

  @Test
  void readsTheArticleThatGivesWorkAndNotTheOneThatExecutesTheDecision() {
    // articles 1, 2 and 4 of Quyết định 3218/QĐ-UBND (18/11/2024) of UBND tỉnh Quảng Bình (corpus
    // s-qd-ubnd-quang-binh-2024-3218), shortened
    String decision = String.join("\n", "QUYẾT ĐỊNH", "Về việc công bố danh mục thủ tục hành chính", "",
        "QUYẾT ĐỊNH:", "",
        "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính ban hành mới.", "",
        "Điều 2. Sở Nông nghiệp và Phát triển nông thôn có trách nhiệm phối hợp với UBND các huyện, thị xã, thành "
            + "phố tổ chức xây dựng và trình UBND tỉnh phê duyệt các quy trình giải quyết thủ tục hành chính.", "",
        "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn chịu trách nhiệm thi "
            + "hành Quyết định này.");

    ImportResult result = ImportFixtures.importer().importText(decision, LocalDate.of(2024, 11, 18));

    assertThat(result.document().assignments()).extracting(ParsedAssignment::body, ParsedAssignment::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sở Nông nghiệp và Phát triển nông thôn", AssignmentRole.LEAD),
            org.assertj.core.groups.Tuple.tuple("UBND các huyện, thị xã, thành phố", AssignmentRole.COOPERATE));
    assertThat(result.document().assignments()).allMatch(a -> a.origin() == ParsedAssignment.Origin.ARTICLE);
    assertThat(result.document().header().kindCode()).isEqualTo("QĐ");
  }
}
