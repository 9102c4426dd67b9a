package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.Assignment;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.evidence.EvidenceFiles;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * The evidence page in a real (headless) Chromium, as the propaganda commission reaches it from its task "Thực hiện
 * nhiệm vụ": logged in to Tasklist, it finds the link of the task's Camunda Form with the plan and the assignment
 * filled in, opens the page, attaches a PNG made in the test with its Tasklist login and sees it listed with the
 * SHA-256 of its bytes. Screenshots under target/browser-evidence/.
 */
@IntegrationTest
class EvidencePageBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser-evidence");
  static final String ASSIGNEE = "tuyengiao";

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  Plan plan;
  Assignment assignment;

  @BeforeAll
  void startBrowserAndIssuePlan() throws IOException {
    open(Chromium.start(SCREENSHOTS, "1400,1000"));
    plan = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch có minh chứng trên trang "
        + ThreadLocalRandom.current().nextInt(100_000, 1_000_000)));
    assignment = plan.assignments().stream().filter(a -> a.unit().equals(PlanFixtures.PROPAGANDA)).findFirst()
        .orElseThrow();
  }

  @Test
  void theAssigneeAttachesAFileThroughThePageLinkedFromItsTask() throws Exception {
    Task task = workflow.tasks(plan, AssignmentProcess.Elements.EXECUTE).stream()
        .filter(t -> t.getName().contains("Ban TG&DV")).findFirst().orElseThrow();
    browser.login(tasklist(), ASSIGNEE, By.cssSelector(".task-filters"));
    driver.get(tasklist() + "#/?task=" + task.getId());
    WebElement link = waitFor("the link to the evidence page in the Camunda Form of '" + task.getName() + "'",
        ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Tài liệu minh chứng")));
    String page = "http://127.0.0.1:" + port + "/minh-chung/index.html?plan=" + plan.id() + "&assignment="
        + assignment.id();
    assertThat(link.getDomProperty("href")).as("the form's link, with the task's planId and assignmentId")
        .isEqualTo(page);
    shot("tasklist-tuyengiao-execute-task");

    driver.get(page);
    waitFor("the page to show the plan and the assignment", ExpectedConditions.textToBePresentInElementLocated(
        By.id("target-line"), "Báo cáo của nhiệm vụ 1 — Ban Tuyên giáo và Dân vận Tỉnh ủy"));
    waitFor("the page to say there is no file yet", ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
    byte[] png = EvidenceFiles.png(64);
    Path file = Files.createTempDirectory("minh-chung").resolve("Ảnh điểm cháy.png");
    Files.write(file, png);
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.id("note")).sendKeys("Ảnh điểm cháy tại chợ phường");
    driver.findElement(By.id("upload")).click();

    waitFor("the page to say the file was attached", ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#message.ok"), "Đã đính kèm \"Ảnh điểm cháy.png\""));
    WebElement row = waitFor("the file listed", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#files tr[data-evidence-id]")));
    assertThat(row.findElement(By.cssSelector("a.file-name")).getText()).isEqualTo("Ảnh điểm cháy.png");
    assertThat(row.findElement(By.cssSelector("code.sha256")).getText()).isEqualTo(sha256(png));
    assertThat(row.getText()).contains("image/png", ASSIGNEE, "Ảnh điểm cháy tại chợ phường")
        .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat(row.findElements(By.cssSelector("button.remove"))).as("the uploader may delete it").hasSize(1);
    shot("evidence-page-after-upload");

    JsonNode listed = json.readTree(rest.withBasicAuth("congan", "demo").getForObject("/api/plans/" + plan.id()
        + "/evidence", String.class));
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("mine").asBoolean()).as("listed for another participant").isFalse();
    ResponseEntity<byte[]> download = rest.withBasicAuth("congan", "demo")
        .getForEntity("/api/evidence/" + listed.get(0).get("id").asLong(), byte[].class);
    assertThat(download.getBody()).isEqualTo(png);
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).as("the name as the browser sent it")
        .isEqualTo("attachment; filename=\"Anh diem chay.png\"; "
            + "filename*=UTF-8''%E1%BA%A2nh%20%C4%91i%E1%BB%83m%20ch%C3%A1y.png");
  }

  String tasklist() {
    return "http://127.0.0.1:" + port + "/camunda/app/tasklist/default/";
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
