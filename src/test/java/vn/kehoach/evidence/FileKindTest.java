package vn.kehoach.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Kinds are told by content; names are made safe for the download header. */
class FileKindTest {

  @Test
  void kindsAreToldByTheirContent() throws Exception {
    assertThat(FileKind.sniff(EvidenceFiles.pdf("Bien ban dien tap"))).contains(FileKind.PDF);
    assertThat(FileKind.sniff(EvidenceFiles.png(16))).contains(FileKind.PNG);
    assertThat(FileKind.sniff(EvidenceFiles.xlsx())).contains(FileKind.XLSX);
    assertThat(FileKind.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
        .contains(FileKind.JPEG);
    assertThat(FileKind.sniff(zip("word/document.xml"))).contains(FileKind.DOCX);
    assertThat(FileKind.sniff(zip("hello.txt"))).as("a ZIP that is no Office document").isEmpty();
    assertThat(FileKind.sniff("MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    assertThat(FileKind.sniff("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void downloadNamesAreSafeAndKeepTheirVietnamese() {
    assertThat(EvidenceController.contentDisposition("Biên bản diễn tập (đợt 1).pdf"))
        .isEqualTo("attachment; filename=\"Bien ban dien tap (dot 1).pdf\"; "
            + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20di%E1%BB%85n%20t%E1%BA%ADp%20%28%C4%91%E1%BB%A3t%201%29.pdf");
    assertThat(EvidenceController.contentDisposition("a\"b\\c.png")).startsWith("attachment; filename=\"a_b_c.png\"");
    assertThat(EvidenceService.fileName("C:\\Users\\vp\\anh diem chay.png")).isEqualTo("anh diem chay.png");
    assertThat(EvidenceService.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(EvidenceService.fileName("bad\u202Egnp.exe")).isEqualTo("badgnp.exe");
    assertThat(EvidenceService.fileName(null)).isEqualTo("minh-chung");
  }

  private static byte[] zip(String... names) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("x".getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }
}
