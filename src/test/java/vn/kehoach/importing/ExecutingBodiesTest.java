package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.parser.DeadlineForm;
import vn.kehoach.deadline.parser.DeadlineParser;

/** Tasks with "Cơ quan thực hiện:" and "Thời gian thực hiện:" lines (corpus s-qd-ubnd-kon-tum-2020-435). */
class ExecutingBodiesTest {

  @Test
  void readsLeadAndCooperatingBodiesWithoutThoseNamedByKind() {
    ExecutingBodies.Reading reading = ExecutingBodies.read("- Cơ quan thực hiện: Sở Lao động - Thương binh và xã hội "
        + "chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan; Uỷ ban nhân dân các huyện, thành "
        + "phố.");
    assertThat(reading.leads()).containsExactly("Sở Lao động - Thương binh và xã hội");
    assertThat(reading.cooperating()).containsExactly("Liên đoàn Lao động tỉnh", "Uỷ ban nhân dân các huyện, thành phố");

    assertThat(ExecutingBodies.read("- Cơ quan thực hiện: Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố.")
        .leads()).containsExactly("Ủy ban nhân dân các huyện, thành phố");
    assertThat(ExecutingBodies.read("- Cơ quan thực hiện: Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị, "
        + "địa phương triển khai thực hiện.").leads()).containsExactly("Sở Thông tin và Truyền thông");
    ExecutingBodies.Reading runOn = ExecutingBodies.read("- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ "
        + "trì, phối hợp với các sở, ngành, Liên đoàn Lao động tỉnh và địa phương -Thời gian thực hiện: Thực hiện "
        + "thường xuyên hằng năm.");
    assertThat(runOn.leads()).containsExactly("Sở Văn hóa - Thể thao và Du lịch");
    assertThat(runOn.cooperating()).containsExactly("Liên đoàn Lao động tỉnh");
    assertThat(runOn.timeRunOn()).isEqualTo("-Thời gian thực hiện: Thực hiện thường xuyên hằng năm.");
    assertThat(ExecutingBodies.read("- Cơ quan thực hiện: Uỷ ban nhân dân các huyện, thành phố chủ trì phối hợp với "
        + "Ban quản lý Khu kinh tế tỉnh; Liên đoàn Lao động cùng cấp và các đơn vị có liên quan.").cooperating())
        .containsExactly("Ban quản lý Khu kinh tế tỉnh");
    assertThat(ExecutingBodies.read("- Cơ quan thực hiện: Sở Xây dựng chủ trì, phối hợp với các đơn vị, địa phương có "
        + "liên quan tham mưu thực hiện.")).satisfies(r -> {
          assertThat(r.leads()).containsExactly("Sở Xây dựng");
          assertThat(r.cooperating()).isEmpty();
        });
  }

  @Test
  void theItemIsTheTaskAndTheTimeLineItsDeadline() {
    String text = """
        KẾ HOẠCH
        I. MỤC ĐÍCH, YÊU CẦU
        1. Nâng cao nhận thức.
        II. NỘI DUNG HOẠT ĐỘNG
        2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động 2.1.
        Rà soát, kiến nghị cấp có thẩm quyền sửa đổi, bổ sung, hoàn thiện các cơ chế theo Kế hoạch số 2401/KH-UBND \
        ngày 05 tháng 9 năm 2017.
        - Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.
        - Thời gian thực hiện: Thực hiện thường xuyên hằng năm.
        2.6.
        Căn cứ vào điều kiện thực tế của địa phương, hình thành các cơ chế tham vấn ba bên một cách linh hoạt.
        - Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các \
        sở, ngành liên quan và Ủy ban nhân dân các huyện, thành phố.
        - Thời gian thực hiện: Hoàn thành trong quý III/2020.
        """;

    ParsedPlanDocument document = new PlanDocumentParser(new DeadlineParser()).parse(text, LocalDate.of(2020, 5, 4));

    assertThat(document.assignments()).extracting(ParsedAssignment::body, ParsedAssignment::role,
            a -> a.task().substring(0, 20), a -> a.deadline().matched(), a -> a.deadline().form(),
            a -> a.deadline().lastDay())
        .containsExactly(
            tuple("Sở Lao động - Thương binh và Xã hội", AssignmentRole.LEAD, "Rà soát, kiến nghị c",
                "Thực hiện thường xuyên hằng năm", DeadlineForm.ONGOING, null),
            tuple("Liên đoàn Lao động tỉnh", AssignmentRole.COOPERATE, "Rà soát, kiến nghị c",
                "Thực hiện thường xuyên hằng năm", DeadlineForm.ONGOING, null),
            tuple("Sở Lao động - Thương binh và Xã hội", AssignmentRole.LEAD, "Căn cứ vào điều kiện",
                "Hoàn thành trong quý III/2020", DeadlineForm.DUE, LocalDate.of(2020, 9, 30)),
            tuple("Liên đoàn Lao động tỉnh", AssignmentRole.COOPERATE, "Căn cứ vào điều kiện",
                "Hoàn thành trong quý III/2020", DeadlineForm.DUE, LocalDate.of(2020, 9, 30)),
            tuple("Ủy ban nhân dân các huyện, thành phố", AssignmentRole.COOPERATE, "Căn cứ vào điều kiện",
                "Hoàn thành trong quý III/2020", DeadlineForm.DUE, LocalDate.of(2020, 9, 30)));
  }
}
