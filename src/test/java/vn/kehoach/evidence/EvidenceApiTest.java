package vn.kehoach.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.FRONT;
import static vn.kehoach.support.PlanFixtures.INSPECTION;
import static vn.kehoach.support.PlanFixtures.PROPAGANDA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * Evidence through the API on an issued provincial plan: the propaganda commission (tuyengiao) attaches to its
 * assignment, the provincial police (congan, monitoring unit) to the consolidated report. Limits refused with nothing
 * stored; non-participants see nothing (404), participants who are not the assignee cannot attach (403); the listed
 * hash is the SHA-256 of the bytes downloaded; the consolidation task lists the files.
 */
@IntegrationTest
class EvidenceApiTest {

  static final String ASSIGNEE = "tuyengiao";
  static final String MONITOR = "congan";
  static final String OTHER_PARTICIPANT = "kiemtra";
  static final String OUTSIDER = "caphuong";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Workflow workflow;
  @Autowired EvidenceLimits limits;
  @Autowired EvidenceCatalogue catalogue;

  @Test
  void theListedHashIsTheSha256OfTheDownloadedBytes() throws Exception {
    Plan plan = issuedPlan();
    byte[] pdf = EvidenceFiles.pdf("Bien ban dien tap PCCC");

    ResponseEntity<String> created = upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA), pdf, "bien-ban-dien-tap.pdf",
        "Biên bản diễn tập ngày 15/4");

    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode stored = json.readTree(created.getBody());
    assertThat(created.getHeaders().getLocation()).hasToString("/api/evidence/" + stored.get("id").asLong());
    JsonNode listed = json.readTree(as(MONITOR).getForObject(assignmentUrl(plan, PROPAGANDA), String.class));
    assertThat(listed).hasSize(1);
    JsonNode file = listed.get(0);
    assertThat(file.get("fileName").asText()).isEqualTo("bien-ban-dien-tap.pdf");
    assertThat(file.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(file.get("uploadedBy").asText()).isEqualTo(ASSIGNEE);
    assertThat(file.get("uploadedAt").asText()).endsWith("+07:00");
    assertThat(file.get("note").asText()).isEqualTo("Biên bản diễn tập ngày 15/4");
    assertThat(json.readTree(as("mttq").getForObject("/api/plans/" + plan.id() + "/evidence",
        String.class))).as("every participant lists the plan's files").hasSize(1);

    ResponseEntity<byte[]> download = as(OTHER_PARTICIPANT).getForEntity("/api/evidence/" + file.get("id").asLong(),
        byte[].class);

    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(pdf);
    assertThat(sha256(download.getBody())).isEqualTo(file.get("sha256").asText());
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"bien-ban-dien-tap.pdf\"; filename*=UTF-8''bien-ban-dien-tap.pdf");
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWith413AndNothingIsStored() throws Exception {
    Plan plan = issuedPlan();
    long before = rows();

    // just over the limit, within the request's envelope: refused by the application, naming the file
    ResponseEntity<String> overByOne = upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA),
        EvidenceFiles.pngOfLength((int) limits.maxBytes() + 1), "anh-diem-chay.png", null);
    // far over: refused from the declared length before the body is read (sent after "100 Continue" only, so that
    // the client is not cut off while sending a body the server will not read)
    String[] farOver = declaringOnly(ASSIGNEE, assignmentUrl(plan, PROPAGANDA), limits.maxBytes() + 200_000);

    assertThat(overByOne.getStatusCode()).as(overByOne.getBody()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(overByOne.getBody()).contains("Tệp 'anh-diem-chay.png' (20.971.521 byte) lớn hơn 20 MB",
        "app.evidence.max-bytes");
    assertThat(farOver[0]).as(farOver[1]).isEqualTo("HTTP/1.1 413 ");
    assertThat(farOver[1]).contains("Tệp gửi lên lớn hơn 20 MB", "app.evidence.max-bytes");
    assertThat(rows()).isEqualTo(before);
    assertThat(upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA),
        EvidenceFiles.pngOfLength((int) limits.maxBytes()), "dung-gioi-han.png", null).getStatusCode())
        .as("exactly the limit is accepted").isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aKindNotAcceptedIsRefusedWith415ByItsContentAndNothingIsStored() {
    Plan plan = issuedPlan();
    long before = rows();

    ResponseEntity<String> renamed = upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA),
        "<html><script>alert(1)</script></html>".getBytes(), "bao-cao.pdf", null);
    ResponseEntity<String> notMultipart = as(ASSIGNEE).postForEntity(assignmentUrl(plan, PROPAGANDA),
        new HttpEntity<>(EvidenceFiles.png(8), headers(MediaType.IMAGE_PNG)), String.class);

    assertThat(renamed.getStatusCode()).as(renamed.getBody()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(renamed.getBody()).contains("Không nhận tệp 'bao-cao.pdf'", "theo nội dung",
        "PDF, Word (.docx), Excel (.xlsx), ảnh JPEG, ảnh PNG");
    assertThat(notMultipart.getStatusCode()).as(notMultipart.getBody()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(notMultipart.getBody()).contains("multipart/form-data", "'file'");
    assertThat(rows()).isEqualTo(before);
    assertThat(upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA), EvidenceFiles.xlsx(), "co-so-da-kiem-tra.xlsx", null)
        .getStatusCode()).as("a workbook made by POI").isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void anEmptyFileIsRefusedWith422AndOneFileTooManyWith409() {
    Plan plan = issuedPlan();
    long before = rows();

    ResponseEntity<String> empty = upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA), new byte[0], "rong.pdf", null);

    assertThat(empty.getStatusCode()).as(empty.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(empty.getBody()).contains("Tệp 'rong.pdf' rỗng");
    assertThat(rows()).isEqualTo(before);

    byte[] png = EvidenceFiles.png(8);
    for (int i = 1; i <= limits.maxFiles(); i++) {
      assertThat(upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA), png, "anh-" + i + ".png", null).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }
    ResponseEntity<String> oneTooMany = upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA), png, "anh-21.png", null);

    assertThat(oneTooMany.getStatusCode()).as(oneTooMany.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(oneTooMany.getBody()).contains("Nhiệm vụ 1 đã có 20 tài liệu minh chứng, tối đa 20");
    assertThat(rows()).isEqualTo(before + limits.maxFiles());
  }

  @Test
  void outsidersSeeNothingAndOnlyTheAssigneeOrTheMonitoringUnitAttach() throws Exception {
    Plan plan = issuedPlan();
    long id = json.readTree(upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA), EvidenceFiles.png(8), "anh.png", null)
        .getBody()).get("id").asLong();
    long before = rows();

    ResponseEntity<String> outsiderDownload = as(OUTSIDER).getForEntity("/api/evidence/" + id, String.class);
    ResponseEntity<String> outsiderList = as(OUTSIDER).getForEntity("/api/plans/" + plan.id() + "/evidence",
        String.class);
    ResponseEntity<String> outsiderUpload = upload(OUTSIDER, assignmentUrl(plan, PROPAGANDA), EvidenceFiles.png(8),
        "anh.png", null);
    ResponseEntity<String> notTheAssignee = upload(OTHER_PARTICIPANT, assignmentUrl(plan, PROPAGANDA),
        EvidenceFiles.png(8), "anh.png", null);
    ResponseEntity<String> notTheMonitor = upload(ASSIGNEE, "/api/plans/" + plan.id() + "/evidence",
        EvidenceFiles.png(8), "anh.png", null);

    assertThat(outsiderDownload.getStatusCode()).as(outsiderDownload.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(outsiderDownload.getBody()).contains("Không tìm thấy tài liệu minh chứng " + id)
        .doesNotContain("anh.png");
    assertThat(outsiderList.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(outsiderUpload.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notTheAssignee.getStatusCode()).as(notTheAssignee.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notTheAssignee.getBody()).contains("Chỉ đơn vị được giao nhiệm vụ 1");
    assertThat(notTheMonitor.getStatusCode()).as(notTheMonitor.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notTheMonitor.getBody()).contains("Chỉ đơn vị theo dõi, tổng hợp báo cáo");
    assertThat(rows()).isEqualTo(before);

    ResponseEntity<Void> othersDelete = as(OTHER_PARTICIPANT).exchange("/api/evidence/" + id, HttpMethod.DELETE,
        withSessionHeader(), Void.class);
    assertThat(othersDelete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Void> ownDelete = as(ASSIGNEE).exchange("/api/evidence/" + id, HttpMethod.DELETE,
        withSessionHeader(), Void.class);
    assertThat(ownDelete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rows()).isEqualTo(before - 1);
  }

  @Test
  void theConsolidationTaskListsTheEvidenceWithShortHashes() throws Exception {
    Plan plan = issuedPlan();
    byte[] pdf = EvidenceFiles.pdf("Danh sach co so da kiem tra");
    byte[] png = EvidenceFiles.png(32);
    upload(ASSIGNEE, assignmentUrl(plan, PROPAGANDA), pdf, "bien-ban.pdf", null);
    upload("kiemtra", assignmentUrl(plan, INSPECTION), png, "anh-diem-chay.png", null);

    for (Task acknowledgement : workflow.tasks(plan, PlanLifecycleProcess.Elements.ACKNOWLEDGE)) {
      workflow.acknowledge(acknowledgement);
    }
    for (Task task : workflow.workTasks(plan)) {
      workflow.report(task, "Đã thực hiện");
    }
    assertThat(workflow.reload(plan).state()).isEqualTo(PlanState.REPORTING);

    String unitReports = (String) workflow.variable(plan.processInstanceId(), "unitReports");
    assertThat(unitReports).contains("Tài liệu minh chứng:\n"
        + "1. Ban Tuyên giáo và Dân vận Tỉnh ủy: bien-ban.pdf (SHA-256 " + sha256(pdf).substring(0, 12) + "…)\n"
        + "2. Ủy ban Kiểm tra Tỉnh ủy: anh-diem-chay.png (SHA-256 " + sha256(png).substring(0, 12) + "…)");
    // the monitoring unit attaches to the consolidated report while reporting; the catalogue lists it last
    assertThat(upload(MONITOR, "/api/plans/" + plan.id() + "/evidence", EvidenceFiles.xlsx(), "tong-hop.xlsx", null)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(catalogue.ofPlan(plan.id())).extracting(EvidenceCatalogue.Group::position).containsExactly(1, 2, null);
    assertThat(catalogue.ofPlan(plan.id()).get(0).files().get(0).sha256()).isEqualTo(sha256(pdf));
  }

  private Plan issuedPlan() {
    return workflow.issued(PlanFixtures.provincialPlan("Kế hoạch có minh chứng "
        + ThreadLocalRandom.current().nextInt(100_000, 1_000_000)));
  }

  private static String assignmentUrl(Plan plan, String unit) {
    Assignment assignment = plan.assignments().stream().filter(a -> a.unit().equals(unit)).findFirst().orElseThrow();
    return "/api/plans/" + plan.id() + "/assignments/" + assignment.id() + "/evidence";
  }

  private ResponseEntity<String> upload(String user, String url, byte[] content, String fileName, String note) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    if (note != null) {
      form.add("note", note);
    }
    return as(user).postForEntity(url, new HttpEntity<>(form, headers(MediaType.MULTIPART_FORM_DATA)), String.class);
  }

  /**
   * The head of a multipart upload declaring a body over the limit, with {@code Expect: 100-continue} (as curl sends
   * large files): the answer comes before any of the body is sent. Returns the status line and the body.
   */
  private String[] declaringOnly(String user, String url, long contentLength) throws Exception {
    URI root = URI.create(rest.getRootUri());
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(10_000);
      String head = "POST " + url + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort() + "\r\n"
          + "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))
          + "\r\nContent-Type: multipart/form-data; boundary=minh-chung\r\nContent-Length: " + contentLength
          + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      // Tomcat says "100 Continue" at once; the final answer follows it
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
          .replaceFirst("^HTTP/1\\.1 100 [^\r\n]*\r\n\r\n", "");
      return new String[] {answer.substring(0, answer.indexOf("\r\n")), answer.substring(answer.indexOf("\r\n\r\n") + 4)};
    }
  }

  private long rows() {
    return jdbc.sql("select count(*) from evidence").query(Long.class).single();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private static HttpEntity<Void> withSessionHeader() {
    return new HttpEntity<>(headers(MediaType.APPLICATION_JSON));
  }

  private static HttpHeaders headers(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return headers;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
