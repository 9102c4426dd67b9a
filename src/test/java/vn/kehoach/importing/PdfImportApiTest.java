package vn.kehoach.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import vn.kehoach.support.IntegrationTest;

/**
 * {@code POST /api/plans/import} with PDF and images: a PDF with a text layer reads like its text, whatever the file
 * is called; a scan is read by OCR; a PDF that needs a password, a damaged one and crafted ones (thousands of pages,
 * an image of billions of pixels, a stream that inflates to tens of megabytes) are refused with a clear message, at
 * once, and nothing is stored.
 */
@IntegrationTest
class PdfImportApiTest {

  private static final String SEED_004 = "004_b87cf12effb29d41.txt";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void aPdfUploadReadsLikeItsTextWhateverItsName() throws Exception {
    String text = ImportFixtures.seed(SEED_004);

    ResponseEntity<String> response = upload(TestPdfs.textPdf(text), "ke-hoach.png");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode fromPdf = json.readTree(response.getBody());
    JsonNode fromText = json.readTree(post(text.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN).getBody());
    assertThat(fromPdf.get("title")).isEqualTo(fromText.get("title"));
    // the documents implemented: the same numbers and dates (the parser cuts a cited title differently when its
    // number is wrapped onto the next line: "Kết luận về tiếp tục thực hiện Chỉ thị số", reported apart)
    assertThat(fromPdf.get("implements").findValuesAsText("number"))
        .isEqualTo(fromText.get("implements").findValuesAsText("number"));
    assertThat(fromPdf.get("implements").findValuesAsText("date"))
        .isEqualTo(fromText.get("implements").findValuesAsText("date"));
    assertThat(fromPdf.get("recipients")).isEqualTo(fromText.get("recipients"));
    assertThat(fromPdf.get("assignments").get(0)).isEqualTo(fromText.get("assignments").get(0));
  }

  @Test
  void aScannedPageIsReadByOcr() throws Exception {
    String text = ImportFixtures.seed(SEED_004);
    String onePage = text.substring(0, text.indexOf("Thực hiện Kế hoạch số 33"))
        + text.substring(text.indexOf("IV- TỔ CHỨC"));
    byte[] scan = TestPdfs.scannedPdf(TestPdfs.textPdf(onePage), 300);
    assertThat(scan.length).as("fits the 1 MiB upload limit").isLessThan(1 << 20);

    ResponseEntity<String> response = post(scan, MediaType.APPLICATION_PDF);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode plan = json.readTree(response.getBody());
    assertThat(plan.get("title").asText()).contains("Kết luận số 02-KL/TW", "phòng cháy, chữa cháy");
    assertThat(plan.get("implements").findValuesAsText("number")).contains("02-KL/TW");
    assertThat(plan.get("assignments").get(0).get("task").asText()).startsWith("Tổ chức quán triệt");
  }

  @Test
  void aPdfThatNeedsAPasswordIsRefusedAndNothingIsStored() {
    long before = plans();
    byte[] locked = TestPdfs.encrypted(TestPdfs.textPdf(ImportFixtures.seed(SEED_004)), "mat-khau");

    ResponseEntity<String> refused = as("caphuong").postForEntity("/api/plans/import?start=true",
        new HttpEntity<>(locked, headers(MediaType.APPLICATION_PDF)), String.class);

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).contains("Tệp PDF có mật khẩu").contains("password-protected");
    assertThat(plans()).isEqualTo(before);
  }

  @Test
  void aDamagedPdfIsRefusedClearlyAndNothingIsStored() {
    long before = plans();
    byte[] damaged = "%PDF-1.7\n\u0001\u0002 junk that is no PDF at all \u00ff\u00fe\n%%EOF"
        .getBytes(StandardCharsets.ISO_8859_1);

    ResponseEntity<String> refused = as("caphuong").postForEntity("/api/plans/import?start=true",
        new HttpEntity<>(damaged, headers(MediaType.APPLICATION_PDF)), String.class);

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(refused.getBody()).contains("Tệp PDF bị hỏng").contains("damaged")
        .doesNotContain("Exception").doesNotContain("pdfbox");
    assertThat(plans()).isEqualTo(before);
  }

  @Test
  void craftedPdfsAreRefusedAtOnce() {
    byte[] thousandsOfPages = TestPdfs.emptyPages(5_000);
    byte[] hugeImage = TestPdfs.pageWithDeclaredImage(100_000, 100_000);
    byte[] inflating = TestPdfs.pageWithInflatingContent(40);
    assertThat(thousandsOfPages.length).as("fits the 1 MiB upload limit").isLessThan(1 << 20);
    assertThat(inflating.length).isLessThan(1 << 20);

    long start = System.nanoTime();
    ResponseEntity<String> pages = post(thousandsOfPages, MediaType.APPLICATION_PDF);
    ResponseEntity<String> image = post(hugeImage, MediaType.APPLICATION_PDF);
    ResponseEntity<String> stream = post(inflating, MediaType.APPLICATION_PDF);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(pages.getStatusCode()).as(pages.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(pages.getBody()).contains("có 5000 trang, quá 300 trang");
    assertThat(image.getStatusCode()).as(image.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(image.getBody()).contains("có ảnh 10000 triệu điểm ảnh");
    assertThat(stream.getStatusCode()).as(stream.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(stream.getBody()).contains("giải nén ra hơn 16 MB");
    assertThat(millis).as("refused before anything is extracted or rendered").isLessThan(20_000);
  }

  @Test
  void anUnknownBinaryIsUnsupported() {
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0080\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);

    ResponseEntity<String> refused = upload(gif, "ke-hoach.pdf");

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(refused.getBody()).contains("không phải văn bản");
  }

  private ResponseEntity<String> upload(byte[] content, String fileName) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return as("caphuong").postForEntity("/api/plans/import", new HttpEntity<>(form,
        headers(MediaType.MULTIPART_FORM_DATA)), String.class);
  }

  private ResponseEntity<String> post(byte[] body, MediaType type) {
    return as("caphuong").postForEntity("/api/plans/import", new HttpEntity<>(body, headers(type)), String.class);
  }

  private long plans() {
    return jdbc.sql("select count(*) from plan").query(Long.class).single();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private static HttpHeaders headers(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return headers;
  }
}
