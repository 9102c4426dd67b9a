package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.support.IntegrationTest;

/**
 * The pentest's crafted .docx: under a megabyte uploaded, tens of megabytes once its document.xml is inflated, at a
 * ratio POI alone lets through. It is refused with 413 before POI builds it, several at once too, while the service
 * keeps answering other requests and reading ordinary documents.
 */
@IntegrationTest
class DocxBombApiTest {

  @Autowired TestRestTemplate rest;

  @Test
  void aDocxThatUnpacksToTensOfMegabytesIsRefusedAndTheServiceKeepsAnswering() throws Exception {
    // 40 MB of text at about 47:1, just above POI's own zip-bomb ratio (100:1)
    byte[] bomb = docxWithText(40, 30);
    assertThat(bomb.length).as("fits the 1 MiB upload limit").isLessThan(1 << 20);
    ResponseEntity<String> refused = upload(bomb);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getBody()).contains("Tệp .docx quá lớn khi giải nén").contains("32 MB");

    // 12 MB of one letter: within the size caps, but a zip bomb's ratio
    ResponseEntity<String> ratio = upload(docxWithText(12, 0));
    assertThat(ratio.getStatusCode()).as(ratio.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(ratio.getBody()).contains("nén bất thường");

    ExecutorService uploads = Executors.newFixedThreadPool(6);
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(uploads.submit(() -> upload(bomb)));
      }
      assertThat(rest.withBasicAuth("caphuong", "demo").getForEntity("/api/units", String.class).getStatusCode())
          .as("other requests are answered meanwhile").isEqualTo(HttpStatus.OK);
      for (Future<ResponseEntity<String>> answer : answers) {
        assertThat(answer.get().getStatusCode()).as("six at once").isIn(HttpStatus.PAYLOAD_TOO_LARGE,
            HttpStatus.SERVICE_UNAVAILABLE);
      }
    } finally {
      uploads.shutdownNow();
    }

    ResponseEntity<String> ordinary = upload(docxWithText(0, 0));
    assertThat(ordinary.getStatusCode()).as("an ordinary document is still read: %s", ordinary.getBody())
        .isIn(HttpStatus.OK, HttpStatus.UNPROCESSABLE_ENTITY);
  }

  private ResponseEntity<String> upload(byte[] docx) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    return rest.withBasicAuth("caphuong", "demo").postForEntity("/api/plans/import", new HttpEntity<>(docx, headers),
        String.class);
  }

  /**
   * A valid .docx made by POI whose document.xml is replaced by one paragraph of {@code megabytes} MB: runs of "A"
   * with {@code randomPerKilobyte} random letters in each kilobyte, which sets how well it compresses.
   */
  private static byte[] docxWithText(int megabytes, int randomPerKilobyte) throws Exception {
    byte[] plain;
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("KẾ HOẠCH thực hiện Chỉ thị số 02-CT/TW");
      document.write(out);
      plain = out.toByteArray();
    }
    if (megabytes == 0) {
      return plain;
    }
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
         ZipOutputStream out = new ZipOutputStream(bomb)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          writeHugeDocument(out, megabytes, randomPerKilobyte);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return bomb.toByteArray();
  }

  private static void writeHugeDocument(ZipOutputStream out, int megabytes, int randomPerKilobyte) throws Exception {
    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas"
        + ".openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
    Random random = new Random(1);
    byte[] kilobyte = new byte[1024];
    for (int k = 0; k < megabytes * 1024; k++) {
      java.util.Arrays.fill(kilobyte, (byte) 'A');
      for (int i = 0; i < randomPerKilobyte; i++) {
        kilobyte[kilobyte.length - 1 - i] = (byte) ('a' + random.nextInt(10));
      }
      out.write(kilobyte);
    }
    out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
  }
}
