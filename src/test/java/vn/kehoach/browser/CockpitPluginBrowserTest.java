package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * Cockpit's plugin "Kế hoạch" in a real (headless) Chromium: the office of the province ({@code vanphong}) follows
 * its plans on Cockpit's dashboard and on the plugin's own page, running and closed, opens one plan and its process
 * instance, and finds the plan by its number with Cockpit's own search; a ward unit ({@code ubndphuong}) does not see
 * the province's plans. Every number shown is the one {@code GET /api/reports/plans} gives the same user.
 * Screenshots under target/browser/cockpit-plugin/.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitPluginBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser", "cockpit-plugin");
  static final By COCKPIT_READY = By.cssSelector("[cam-widget-header] .account, .navbar .account");

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtime;

  /** Issued, its propaganda work overdue; the title carries markup, which must stay text. */
  Plan overdue;
  /** Issued, done and closed: Cockpit's community edition no longer shows its instance. */
  Plan closed;

  @BeforeAll
  void startBrowserAndPreparePlans() throws IOException {
    open(Chromium.start(SCREENSHOTS, "1400,1000"));
    int random = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    LocalDate today = LocalDate.now(Deadline.VIETNAM);
    overdue = workflow.issued(PlanFixtures.provincialPlanDueAround("Kế hoạch theo dõi trong Cockpit " + random
        + " <img src=x onerror=\"document.title='XSS'\"><b>đậm</b>", today));
    closed = workflow.issued(PlanFixtures.provincialPlanDueAround("Kế hoạch đã kết thúc, xem trong Cockpit " + random,
        today));
    workflow.tasks(closed, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    for (Task work : workflow.workTasks(closed)) {
      workflow.report(work, "Đã hoàn thành");
    }
    workflow.complete(closed, Elements.CONSOLIDATE, Map.of("report", "Báo cáo tổng hợp kết quả"));
    workflow.decide(closed, Elements.ACCEPT_REPORT, "APPROVE", null);
    overdue = workflow.reload(overdue);
    closed = workflow.reload(closed);
  }

  @Test
  @Order(1)
  void theDashboardShowsTheOfficesPlansAsTheApiCountsThem() throws Exception {
    login("vanphong");
    WebElement section = waitFor("the plugin's section on Cockpit's dashboard, with its numbers",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-kh=dashboard] [data-kh=summary-plans]")))
        .findElement(By.xpath("ancestor::*[@data-kh='dashboard']"));
    scrollTo(section);
    shot("cockpit-vanphong-dashboard-ke-hoach");

    assertThat(section.getText()).contains("Kế hoạch", "kế hoạch", "đang chạy", "có nhiệm vụ quá hạn", "đã kết thúc",
        "nhiệm vụ hoàn thành", "nhiệm vụ đang mở", "nhiệm vụ quá hạn", "Xem tất cả kế hoạch");
    JsonNode api = api("vanphong", "/api/reports/plans?limit=200");
    assertSummary(section, api.get("summary"));
    assertThat(driver.findElement(By.cssSelector("[data-kh=navigation]")).getText()).isEqualTo("Kế hoạch");
  }

  @Test
  @Order(2)
  void theOwnViewListsThePlansAndOnePlanWithTheApisCounts() throws Exception {
    click(By.cssSelector("[data-kh=navigation]"), "the entry 'Kế hoạch' in Cockpit's header");
    waitFor("the plugin's list of plans", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=page] [data-kh=plans]")));
    assertThat(driver.getCurrentUrl()).contains("#/ke-hoach");
    shot("cockpit-vanphong-ke-hoach-list");
    WebElement page = driver.findElement(By.cssSelector("[data-kh=page]"));
    assertThat(page.getText()).contains("Kế hoạch", "Cơ quan ban hành", "Trạng thái", "Từ ngày", "Đến ngày", "Số",
        "Tên kế hoạch", "Hoàn thành", "Đang mở", "Quá hạn", "Hạn gần nhất", "Quy trình");
    JsonNode all = api("vanphong", "/api/reports/plans");
    assertSummary(page, all.get("summary"));
    for (Plan plan : List.of(overdue, closed)) {
      assertRow(plan, row(all, plan));
    }
    assertThat(driver.getTitle()).as("markup in a title is not run").doesNotContain("XSS");
    assertThat(driver.findElements(By.cssSelector("[data-kh=page] img[src=x], [data-kh=page] b")))
        .as("markup in a title is not rendered").isEmpty();
    assertThat(rowElement(overdue).findElement(By.cssSelector("[data-kh=title]")).getText())
        .isEqualTo(overdue.title());

    // the filter: by the plan's number, as the office types it
    WebElement number = driver.findElement(By.cssSelector("[data-kh=filter-number]"));
    number.sendKeys(overdue.number().text());
    click(By.cssSelector("[data-kh=filter-apply]"), "the button 'Lọc'");
    waitFor("the list filtered by number " + overdue.number().text(), d -> d.getCurrentUrl().contains("number=")
        && d.findElements(By.cssSelector("[data-kh=plans] tbody tr")).size()
        == apiUnchecked("/api/reports/plans?number=" + overdue.number().text()).get("plans").size());
    JsonNode filtered = api("vanphong", "/api/reports/plans?number=" + overdue.number().text());
    assertRow(overdue, row(filtered, overdue));
    assertThat(row(filtered, overdue).get("counts").get("overdue").asInt()).as("the propaganda work").isEqualTo(1);
    shot("cockpit-vanphong-ke-hoach-filtered-by-number");

    click(By.cssSelector("tr[data-plan-id='" + overdue.id() + "'] a[data-kh=title]"), "the title of the plan");
    WebElement heading = waitFor("the plan's own view", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=plan-heading]")));
    assertThat(heading.getText()).isEqualTo("Kế hoạch số " + overdue.number().text());
    assertThat(driver.findElement(By.cssSelector("[data-kh=plan-title]")).getText()).isEqualTo(overdue.title());
    JsonNode one = api("vanphong", "/api/reports/plans/" + overdue.id());
    WebElement counts = driver.findElement(By.cssSelector("[data-kh=plan-counts]"));
    assertThat(counts.findElement(By.cssSelector("[data-kh=done]")).getText())
        .isEqualTo("Hoàn thành: " + one.get("counts").get("done").asInt());
    assertThat(counts.findElement(By.cssSelector("[data-kh=open]")).getText())
        .isEqualTo("Đang mở: " + one.get("counts").get("open").asInt());
    assertThat(counts.findElement(By.cssSelector("[data-kh=overdue]")).getText())
        .isEqualTo("Quá hạn: " + one.get("counts").get("overdue").asInt());
    List<WebElement> assignments = driver.findElements(By.cssSelector("[data-kh=assignments] tbody tr"));
    assertThat(assignments).hasSize(one.get("assignments").size());
    assertThat(driver.findElements(By.cssSelector("[data-kh=assignments] [data-kh=assignment-status]")))
        .extracting(WebElement::getText).contains("đang thực hiện quá hạn", "thường xuyên");
    assertThat(driver.findElements(By.cssSelector("[data-kh=assignments] a[data-kh=instance-link]")))
        .as("each running assignment links to its instance").hasSize(3)
        .allSatisfy(link -> assertThat(link.getDomAttribute("href")).startsWith("#/process-instance/"));
    assertThat(driver.findElement(By.cssSelector("[data-kh=history]")).getText()).contains("Tạo dự thảo",
        "Ký ban hành", "Cấp số, ngày ban hành", "Cấp số " + overdue.number().text());
    shot("cockpit-vanphong-ke-hoach-one-plan");

    click(By.cssSelector("[data-kh=lifecycle] a[data-kh=instance-link]"), "the link to the lifecycle's instance");
    waitFor("Cockpit's view of the plan's process instance", ExpectedConditions.textToBe(
        By.cssSelector("dl.process-information dd.instance-id"), overdue.processInstanceId()));
    assertThat(driver.getCurrentUrl()).contains("#/process-instance/" + overdue.processInstanceId() + "/runtime");
    assertThat(driver.findElement(By.cssSelector("dl.process-information dd.business-key")).getText())
        .isEqualTo(overdue.businessKey());
    shot("cockpit-vanphong-process-instance-of-the-plan");
  }

  @Test
  @Order(3)
  void theOfficeFindsThePlanByItsNumberWithCockpitsOwnSearch() {
    String number = overdue.number().text();
    String issuedOn = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(overdue.number().issuedOn());
    driver.get(appUrl() + "#/ke-hoach?plan=" + overdue.id());
    // Cockpit may render its route twice on a change of address: the link is read and clicked within waits, which
    // look again when the element of a first rendering has gone
    By link = By.cssSelector("[data-kh=cockpit-search-link]");
    String shown = waitFor("the link to Cockpit's search by planNumber",
        d -> d.findElement(link).isDisplayed() ? d.findElement(link).getText() : null);
    assertThat(shown).isEqualTo("Biến planNumber = " + number + " và planIssuedOnText = " + issuedOn
        + "; business key = " + overdue.id());
    // numbers start again with each term: the number alone finds the running plans of that number of every term
    List<String> numbered = runtime.createProcessInstanceQuery().processDefinitionKey(PlanLifecycleProcess.KEY)
        .variableValueEquals("planNumber", number).list().stream().map(ProcessInstance::getId).toList();
    assertThat(numbered).contains(overdue.processInstanceId());
    waitFor("a click on the link to Cockpit's search", d -> {
      d.findElement(link).click();
      return true;
    });
    waitFor("the lifecycle's instances searched by Variable planNumber = " + number + " and planIssuedOnText = "
        + issuedOn, d -> d.findElements(By.cssSelector("table td.instance-id")).stream().map(WebElement::getText)
        .map(String::strip).toList().equals(List.of(overdue.processInstanceId())));
    assertThat(driver.findElements(By.cssSelector("[cam-widget-search-pill]"))).extracting(WebElement::getText)
        .anySatisfy(pill -> assertThat(pill).contains("planNumber").contains(number))
        .anySatisfy(pill -> assertThat(pill).contains("planIssuedOnText").contains(issuedOn));
    shot("cockpit-vanphong-search-by-planNumber");
  }

  @Test
  @Order(4)
  void aClosedPlanIsShownFromThePlansTables() throws Exception {
    String query = "state=FINISHED&number=" + URLEncoder.encode(closed.number().text(), StandardCharsets.UTF_8);
    driver.get(appUrl() + "#/ke-hoach?" + query);
    waitFor("the closed plan in the list of finished plans", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("tr[data-plan-id='" + closed.id() + "']")));
    JsonNode finished = api("vanphong", "/api/reports/plans?state=FINISHED&number=" + closed.number().text());
    assertRow(closed, row(finished, closed));
    WebElement row = rowElement(closed);
    assertThat(row.findElement(By.cssSelector("[data-kh=state]")).getText()).isEqualTo("Đã kết thúc");
    assertThat(row.findElement(By.cssSelector("[data-kh=instance-ended]")).getText()).isEqualTo("đã kết thúc");
    assertThat(driver.findElement(By.cssSelector("[data-kh=filter-state]")).getDomProperty("value"))
        .isEqualTo("FINISHED");
    shot("cockpit-vanphong-ke-hoach-finished");

    click(By.cssSelector("tr[data-plan-id='" + closed.id() + "'] a[data-kh=title]"), "the closed plan's title");
    waitFor("the closed plan's history, from the plan's tables", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=history]")));
    assertThat(driver.findElement(By.cssSelector("[data-kh=history-note]")).getText())
        .contains("Cockpit bản cộng đồng không hiển thị lịch sử quy trình");
    assertThat(driver.findElement(By.cssSelector("[data-kh=history]")).getText())
        .contains("Tổng hợp báo cáo", "Duyệt báo cáo tổng hợp", "Kết thúc kế hoạch");
    assertThat(driver.findElements(By.cssSelector("a[data-kh=instance-link]"))).as("no link Cockpit cannot open")
        .isEmpty();
    assertThat(driver.findElement(By.cssSelector("[data-kh=plan-counts]")).getText())
        .isEqualTo("Hoàn thành: 3 · Đang mở: 0 · Quá hạn: 0");
    shot("cockpit-vanphong-ke-hoach-closed-plan");
    browser.logout();
  }

  @Test
  @Order(5)
  void aUnitThatTakesNoPartInThePlansDoesNotSeeThem() throws Exception {
    login("ubndphuong");
    driver.get(appUrl() + "#/ke-hoach");
    waitFor("ubndphuong's list of plans", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=page] [data-kh=summary-plans]")));
    JsonNode own = api("ubndphuong", "/api/reports/plans");
    assertSummary(driver.findElement(By.cssSelector("[data-kh=page]")), own.get("summary"));
    for (Plan plan : List.of(overdue, closed)) {
      assertThat(driver.findElements(By.cssSelector("tr[data-plan-id='" + plan.id() + "']")))
          .as("plan %s in ubndphuong's list", plan.id()).isEmpty();
    }
    shot("cockpit-ubndphuong-ke-hoach-list");

    driver.get(appUrl() + "#/ke-hoach?plan=" + overdue.id());
    WebElement error = waitFor("the refusal of the province's plan", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=error]")));
    assertThat(error.getText()).contains("Không tìm thấy kế hoạch " + overdue.id());
    shot("cockpit-ubndphuong-ke-hoach-not-found");
    browser.logout();
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  /** The summary's tiles show the API's numbers. */
  void assertSummary(WebElement scope, JsonNode summary) {
    Map<String, Integer> expected = Map.of(
        "summary-plans", summary.get("plans").asInt(),
        "summary-running", summary.get("running").asInt(),
        "summary-with-overdue", summary.get("withOverdue").asInt(),
        "summary-finished", summary.get("finished").asInt(),
        "summary-done", summary.get("assignments").get("done").asInt(),
        "summary-open", summary.get("assignments").get("open").asInt(),
        "summary-overdue", summary.get("assignments").get("overdue").asInt());
    expected.forEach((tile, value) -> assertThat(scope.findElement(By.cssSelector("[data-kh=" + tile + "] .kh-value"))
        .getText()).as(tile).isEqualTo(String.valueOf(value)));
  }

  /** The plan's row shows the API's number, state and counts. */
  void assertRow(Plan plan, JsonNode api) {
    WebElement row = rowElement(plan);
    String mark = api.get("countsAll").asBoolean() ? "" : "*";
    assertThat(row.findElement(By.cssSelector("[data-kh=number]")).getText()).isEqualTo(api.get("number").asText());
    assertThat(row.findElement(By.cssSelector("[data-kh=state]")).getText()).isEqualTo(api.get("stateLabel").asText());
    for (String count : List.of("done", "open", "overdue")) {
      assertThat(row.findElement(By.cssSelector("[data-kh=" + count + "]")).getText()).as("%s of plan %s", count,
          plan.id()).isEqualTo(api.get("counts").get(count).asInt() + mark);
    }
  }

  WebElement rowElement(Plan plan) {
    return driver.findElement(By.cssSelector("[data-kh=plans] tr[data-plan-id='" + plan.id() + "']"));
  }

  static JsonNode row(JsonNode result, Plan plan) {
    for (JsonNode row : result.get("plans")) {
      if (row.get("id").asLong() == plan.id()) {
        return row;
      }
    }
    throw new AssertionError("plan " + plan.id() + " not in the API's answer");
  }

  /** The API's answer to the same user, through HTTP Basic. */
  JsonNode api(String user, String path) throws IOException {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as("%s: %s", path, answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  JsonNode apiUnchecked(String path) {
    try {
      return api("vanphong", path);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void login(String user) {
    browser.login(appUrl(), user, COCKPIT_READY);
    waitFor("the Cockpit dashboard", ExpectedConditions.urlContains("#/dashboard"));
  }

  String appUrl() {
    return "http://127.0.0.1:" + port + "/camunda/app/cockpit/default/";
  }

}
