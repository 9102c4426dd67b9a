package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.kehoach.deadline.parser.DeadlineParser;

/** Headers a legal-text web site (thuvienphapluat.vn) ran into one line, with its caption before them. */
class RunOnHeaderTest {

  private final PlanDocumentParser parser = new PlanDocumentParser(new DeadlineParser());

  /** Corpus s-qd-ubnd-kon-tum-2020-435: the decision's first lines, its articles and the attached programme. */
  @Test
  void readsTheDecisionsHeaderRunOnInOneLineAndDropsTheSitesCaption() {
    String text = """
        Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
        Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI \
        KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY ỦY BAN NHÂN DÂN TỈNH KON TUM
        Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

        QUYẾT ĐỊNH:
        Quyết định 435/QĐ-UBND năm 2020. Điều 1.
        Ban hành kèm theo Quyết định này Chương trình hành động của Ủy ban nhân dân tỉnh.
        Nơi nhận:
        - Như điều 2;
        - Lưu VT, KGVX2.
        TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp

        Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU (Ban hành kèm theo \
        Quyết định số 435/QĐ-UBND, ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh Kon Tum)
        I. MỤC ĐÍCH, YÊU CẦU
        1. Nâng cao nhận thức của cấp ủy, chính quyền.

        Quyết định 435/QĐ-UBND năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG HOẠT ĐỘNG
        1. Tăng cường sự lãnh đạo của cấp ủy.
        """;

    ParsedPlanDocument document = parser.parse(text, LocalDate.of(2025, 1, 1));

    DocumentHeader header = document.header();
    assertThat(header.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH KON TUM");
    assertThat(header.number().asWritten()).isEqualTo("435/QĐ-UBND");
    assertThat(header.date().date()).isEqualTo(LocalDate.of(2020, 5, 4));
    assertThat(header.place()).isEqualTo("Kon Tum");
    assertThat(header.kind()).isEqualTo("QUYẾT ĐỊNH");
    assertThat(header.title()).isEqualTo("V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 "
        + "THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY");
    assertThat(document.sections()).extracting(Section::heading).containsExactly("MỤC ĐÍCH, YÊU CẦU",
        "NỘI DUNG HOẠT ĐỘNG");
    assertThat(document.paragraphs()).extracting(Paragraph::text)
        .contains("Điều 1.", "CHƯƠNG TRÌNH HÀNH ĐỘNG")
        .noneMatch(text1 -> text1.startsWith("Quyết định 435/QĐ-UBND năm 2020"));
    assertThat(document.signature().name()).isEqualTo("Nguyễn Hữu Tháp");
  }

  /** Corpus s-cv-byt-2014-384: a letter's number and subject, and its dateline, "Kính gửi" and first sentence. */
  @Test
  void splitsALettersRunOnNumberSubjectDatelineAndAddressees() {
    assertThat(RunOnHeader.parts("Số: 384/BYT-KCB V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật "
        + "KBCB")).containsExactly("Số: 384/BYT-KCB",
        "V/v cấp CCHN và GPHĐ khám bệnh, chữa bệnh theo quy định của Luật KBCB");
    assertThat(RunOnHeader.parts("Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, "
        + "thành phố trực thuộc Trung ương Trong thời gian qua, Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn "
        + "trương chỉ đạo Sở Y tế")).containsExactly("Hà Nội, ngày 27 tháng 01 năm 2014",
        "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Trong thời gian qua, Ủy ban nhân dân tỉnh, thành phố trực thuộc TW đã khẩn trương chỉ đạo Sở Y tế");
  }

  @Test
  void leavesAHeaderOfTheUsualLayoutAsItIs() {
    assertThat(RunOnHeader.parts("Số: 20/KH-SNgV")).containsExactly("Số: 20/KH-SNgV");
    assertThat(RunOnHeader.parts("Bắc Giang, ngày 15 tháng 4 năm 2024")).containsExactly(
        "Bắc Giang, ngày 15 tháng 4 năm 2024");
    assertThat(RunOnHeader.parts("KẾ HOẠCH TUYÊN TRUYỀN NĂM 2024")).containsExactly("KẾ HOẠCH TUYÊN TRUYỀN NĂM 2024");
  }
}
