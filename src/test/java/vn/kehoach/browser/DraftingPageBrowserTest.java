package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * The drafting page in a real (headless) Chromium, as the drafting unit reaches it with a draft the office returned:
 * logged in to Tasklist, it opens the drafting task, follows the link of its Camunda Form to the page, reads the
 * return comment, edits and saves with its Tasklist login, and finds the task showing the edited draft. Screenshots under target/browser-drafting/.
 *
 * <p>The same Spring context as {@link TasklistBrowserTest} (same annotations), the same Chromium and driver.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DraftingPageBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser-drafting");
  static final String DRAFTER = "congan";
  static final String RETURN_COMMENT = "Bổ sung thời hạn cụ thể cho nhiệm vụ tuyên truyền";

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  Plan plan;
  String newTitle;

  @BeforeAll
  void startBrowserAndCreatePlan() throws IOException {
    open(Chromium.start(SCREENSHOTS, "1400,1000"));

    int random = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    plan = workflow.create(PlanFixtures.provincialPlan("Kế hoạch soạn thảo trên trang " + random));
    workflow.complete(plan, PlanLifecycleProcess.Elements.DRAFT, Map.of("draftReady", true));
    workflow.decide(plan, PlanLifecycleProcess.Elements.REVIEW, "RETURN", RETURN_COMMENT);
    plan = workflow.reload(plan);
    newTitle = "Kế hoạch soạn thảo trên trang " + random + ", đã sửa";
  }

  @Test
  @Order(1)
  void theDrafterEditsThePlanOnThePageLinkedFromTheDraftingTask() throws Exception {
    Task draft = workflow.task(plan, PlanLifecycleProcess.Elements.DRAFT);
    logInToTasklist(DRAFTER);
    driver.get(tasklist() + "#/?task=" + draft.getId());
    WebElement link = waitFor("the link to the drafting page in the Camunda Form of '" + draft.getName() + "'",
        ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Mở trang soạn thảo kế hoạch")));
    assertThat(link.getDomProperty("href")).as("the form's link, with the plan id filled in")
        .isEqualTo("http://127.0.0.1:" + port + "/soan-thao/index.html?plan=" + plan.id());
    shot("tasklist-congan-drafting-task");

    // Tasklist keeps a task's form disabled (links too) until the user claims the task
    driver.findElement(By.cssSelector(".task-card button.claim")).click();
    waitFor("the drafting task to be claimed by " + DRAFTER + " (Claim button gone)",
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
    String tasklistWindow = driver.getWindowHandle();
    link.click();
    if (driver.getWindowHandles().size() > 1) { // the form opens links in a new tab
      driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(tasklistWindow))
          .findFirst().orElseThrow());
    }
    WebElement title = waitFor("the drafting page with the plan's title", d -> {
      WebElement field = d.findElement(By.id("title"));
      return field.isDisplayed() && plan.title().equals(field.getDomProperty("value")) ? field : null;
    });
    assertThat(driver.findElement(By.id("return-comment-text")).getText()).as("the return comment, shown to the drafter")
        .isEqualTo(RETURN_COMMENT);
    WebElement firstDeadline = driver.findElement(By.cssSelector("#assignments tr:first-child [data-field=deadline]"));
    WebElement firstDueDate = driver.findElement(By.cssSelector("#assignments tr:first-child [data-field=dueDate]"));
    assertThat(firstDeadline.getDomProperty("value")).isEqualTo("trong tháng 4/2026");
    assertThat(firstDueDate.getDomProperty("value")).as("dates as dd/MM/yyyy").isEqualTo("30/04/2026");
    assertThat(driver.findElements(By.cssSelector("#assignments tr"))).hasSize(3);
    assertThat(selectedText(By.cssSelector("#assignments tr:first-child [data-field=unit]")))
        .as("units by name, from GET /api/units").isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
    shot("drafting-page-loaded");

    title.clear();
    title.sendKeys(newTitle);
    firstDeadline.clear();
    firstDeadline.sendKeys("trong tháng 6/2026");
    assertThat(firstDueDate.getDomProperty("value")).as("a new phrase is read again").isEmpty();
    java.time.LocalDate finalReview = java.time.LocalDate.now().plusMonths(6);
    String finalReviewText = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(finalReview);
    driver.findElement(By.id("finalReviewOn")).sendKeys(finalReviewText);
    driver.findElement(By.id("save")).click();
    waitFor("the page to say the draft was saved",
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#message.ok"), "Đã lưu dự thảo"));
    assertThat(driver.findElement(By.cssSelector("#assignments tr:first-child [data-field=dueDate]"))
        .getDomProperty("value")).as("the last day read from the new phrase").isEqualTo("30/06/2026");
    assertThat(driver.findElement(By.cssSelector("#history tr:first-child")).getText()).contains(DRAFTER,
        "Sửa: tiêu đề, nhiệm vụ 1 (thời hạn), ngày tổng kết");
    assertThat(driver.findElement(By.id("finalReviewOn")).getDomProperty("value"))
        .as("the review date as saved, sent back with the next edit").isEqualTo(finalReviewText);
    shot("drafting-page-saved");

    JsonNode stored = json.readTree(rest.withBasicAuth(DRAFTER, "demo").getForObject("/api/plans/" + plan.id(),
        String.class));
    assertThat(stored.get("title").asText()).isEqualTo(newTitle);
    assertThat(stored.get("assignments").get(0).get("deadline").asText()).isEqualTo("trong tháng 6/2026");
    assertThat(stored.get("assignments").get(0).get("dueDate").asText()).isEqualTo("2026-06-30");
    assertThat(stored.get("assignments").get(0).get("kind").asText()).as("sent as the page shows it").isEqualTo("TASK");
    JsonNode edit = stored.get("history").get(stored.get("history").size() - 1);
    assertThat(edit.get("step").asText()).isEqualTo("EDIT");
    assertThat(edit.get("by").asText()).isEqualTo(DRAFTER);
    assertThat(edit.get("comment").asText()).isEqualTo("Sửa: tiêu đề, nhiệm vụ 1 (thời hạn), ngày tổng kết");
    assertThat(stored.get("finalReviewOn").asText()).isEqualTo(finalReview.toString());
    assertThat(stored.get("interimReviewOn").isNull()).isTrue();

    driver.switchTo().window(tasklistWindow);
    driver.get("about:blank"); // Tasklist loads afresh, not just a new hash
    driver.get(tasklist() + "#/?task=" + draft.getId());
    waitFor("the drafting task to show the edited title in its name and form", ExpectedConditions.and(
        ExpectedConditions.textToBe(By.cssSelector(".task-card h2.task"), "Soạn thảo (dự thảo) — BTV Tỉnh ủy: " + newTitle),
        d -> newTitle.equals(d.findElement(By.cssSelector("textarea[id$='Field_planTitle']")).getDomProperty("value"))));
    shot("tasklist-congan-drafting-task-after-edit");
  }

  @Test
  @Order(2)
  void thePageShowsTheServersRefusalsPlainly() throws Exception {
    driver.get("http://127.0.0.1:" + port + "/soan-thao/index.html?plan=" + plan.id());
    waitFor("the drafting page with the edited title", d -> newTitle.equals(d.findElement(By.id("title"))
        .getDomProperty("value")));

    // a unit that issues no documents cannot be asked for a plan of its own: the server's 400 says so
    WebElement firstKind = driver.findElement(By.cssSelector("#assignments tr:first-child [data-field=kind]"));
    assertThat(selectedText(By.cssSelector("#assignments tr:first-child [data-field=kind]")))
        .isEqualTo("Thực hiện nhiệm vụ");
    new Select(firstKind).selectByVisibleText("Xây dựng kế hoạch thực hiện");
    driver.findElement(By.id("save")).click();
    WebElement notAnIssuer = waitFor("the 400 of a plan asked of a unit that issues no documents",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message.error")));
    assertThat(notAnIssuer.getText()).contains("Không lưu được (400)", "không ban hành văn bản");
    shot("drafting-page-400-own-plan");
    new Select(firstKind).selectByVisibleText("Thực hiện nhiệm vụ");

    WebElement secondTask = driver.findElement(By.cssSelector("#assignments tr:nth-child(2) [data-field=task]"));
    secondTask.clear();
    driver.findElement(By.id("save")).click();
    waitFor("the 400 of an assignment without its task", ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#message.error"), "assignments[1].task"));
    assertThat(driver.findElement(By.id("message")).getText()).contains("Không lưu được (400)");
    shot("drafting-page-400");

    secondTask.sendKeys("Kiểm tra, giám sát việc thực hiện Kế hoạch");
    changeTitleThroughTheApi(newTitle + " (sửa qua API)");
    driver.findElement(By.id("save")).click();
    waitFor("the 412 of a save over someone else's edit", ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#message.error"), "Không lưu được (412)"));
    assertThat(driver.findElement(By.id("message")).getText()).contains("Tải lại trang");
    shot("drafting-page-412");
    assertThat(workflow.reload(plan).title()).as("the other edit stands").isEqualTo(newTitle + " (sửa qua API)");
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  /** Someone else saves the plan meanwhile (HTTP Basic), from the version the page holds. */
  private void changeTitleThroughTheApi(String title) throws Exception {
    TestRestTemplate http = rest.withBasicAuth(DRAFTER, "demo");
    ResponseEntity<String> current = http.getForEntity("/api/plans/" + plan.id(), String.class);
    ObjectNode body = json.valueToTree(PlanFixtures.provincialPlan(title));
    ((ObjectNode) body.get("assignments").get(0)).put("deadline", "trong tháng 6/2026").remove("dueDate");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setIfMatch(current.getHeaders().getETag());
    ResponseEntity<String> saved = http.exchange("/api/plans/" + plan.id(), HttpMethod.PUT,
        new HttpEntity<>(body.toString(), headers), String.class);
    assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
  }

  void logInToTasklist(String user) {
    browser.login(tasklist(), user, By.cssSelector(".task-filters"));
  }

  String tasklist() {
    return "http://127.0.0.1:" + port + "/camunda/app/tasklist/default/";
  }

  String selectedText(By select) {
    return (String) driver.executeScript("const s = arguments[0]; return s.options[s.selectedIndex].text;",
        driver.findElement(select));
  }

}
