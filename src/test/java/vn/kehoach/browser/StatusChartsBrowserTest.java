package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoach.support.PlanFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.engine.assignment.AssignmentProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Workflow;

/**
 * The chart page "Biểu đồ tình hình thực hiện" (/bao-cao/bieu-do.html) as the issuer's office ({@code vanphong})
 * sees it: opened from Cockpit's plugin "Kế hoạch" with the list's period, a plan issued today with work overdue and
 * work done; both charts hold what {@code GET /api/reports/status} gives the same user for the same period, read from
 * ECharts itself. Screenshots under target/browser/status-charts/.
 */
@IntegrationTest
class StatusChartsBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser", "status-charts");
  static final By COCKPIT_READY = By.cssSelector("[cam-widget-header] .account, .navbar .account");
  static final String USER = "vanphong";

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired ObjectMapper json;
  LocalDate today;

  @BeforeAll
  void startBrowserAndIssueAPlan() throws Exception {
    open(Chromium.start(SCREENSHOTS, "1400,1000"));
    today = LocalDate.now(Deadline.VIETNAM);
    int random = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    Plan plan = workflow.issued(new PlanRequest("Kế hoạch diễn tập PCCC khu dân cư (biểu đồ " + random + ")", "KH",
        ISSUER, null, POLICE, null, List.of(
            work(POLICE, today.minusDays(3).toString()), work(INSPECTION, today.minusDays(1).toString()),
            work(PROPAGANDA, today.plusDays(10).toString())), List.of()));
    workflow.report(workflow.tasks(plan, Elements.EXECUTE).stream()
        .filter(t -> tasks.getIdentityLinksForTask(t.getId()).stream()
            .anyMatch(l -> PROPAGANDA.equals(l.getGroupId())))
        .findFirst().orElseThrow(), "Đã tuyên truyền");
  }

  @Test
  void theChartsShowWhatTheStatusReportGivesTheSameUser() throws Exception {
    browser.login(cockpit(), USER, COCKPIT_READY);
    String iso = today.toString();
    driver.get(cockpit() + "#/ke-hoach?from=" + iso + "&to=" + iso);
    String href = waitFor("the link to the charts", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=status-charts]"))).getDomProperty("href");
    assertThat(href).isEqualTo(base() + "/bao-cao/bieu-do.html?from=" + iso + "&to=" + iso);
    driver.get(href);
    chartsDrawn();
    assertThat(driver.findElement(By.id("from")).getDomProperty("value"))
        .isEqualTo(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    shot("bieu-do-hom-nay");
    assertCharts(api("/api/reports/status?from=" + iso + "&to=" + iso));
    assertThat(driver.findElement(By.id("download-xlsx")).getDomProperty("href"))
        .isEqualTo(base() + "/api/reports/status.xlsx?from=" + iso + "&to=" + iso);

    // the period chooser: from the first of last month to today, typed dd/mm/yyyy
    LocalDate first = today.minusMonths(1).withDayOfMonth(1);
    WebElement from = driver.findElement(By.id("from"));
    from.clear();
    from.sendKeys(first.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
    driver.findElement(By.id("apply")).click();
    waitFor("the new period in the address", d -> d.getCurrentUrl().contains("from=" + first));
    chartsDrawn();
    assertCharts(api("/api/reports/status?from=" + first + "&to=" + iso));
    shot("bieu-do-hai-thang");

    // a day that does not exist is refused on the page
    from = driver.findElement(By.id("from"));
    from.clear();
    from.sendKeys("31/02/2025");
    driver.findElement(By.id("apply")).click();
    assertThat(waitFor("the refusal", ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message.error")))
        .getText()).contains("không hợp lệ");
  }

  void chartsDrawn() {
    waitFor("the charts drawn by ECharts", d -> d.findElements(By.cssSelector("#chart-overdue canvas")).size() == 1
        && d.findElements(By.cssSelector("#chart-months canvas")).size() == 1);
  }

  /** Overdue by unit and done per month, as ECharts holds them, against the API's answer. */
  void assertCharts(JsonNode report) throws IOException {
    assertThat(report.get("total").get("counts").get("IN_PROGRESS_OVERDUE").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode overdue = option("chart-overdue");
    List<String> names = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    report.get("units").forEach(u -> {
      names.add(u.get("name").asText());
      counts.add(u.get("counts").get("IN_PROGRESS_OVERDUE").asInt());
    });
    assertThat(overdue.get("xAxis").get(0).get("data")).extracting(JsonNode::asText).containsExactlyElementsOf(names);
    assertThat(overdue.get("series")).singleElement().satisfies(s -> assertThat(s.get("data"))
        .extracting(JsonNode::asInt).containsExactlyElementsOf(counts));

    JsonNode months = option("chart-months");
    List<String> labels = new ArrayList<>();
    List<Integer> onTime = new ArrayList<>();
    List<Integer> late = new ArrayList<>();
    report.get("months").forEach(m -> {
      String[] yearMonth = m.get("month").asText().split("-");
      labels.add(yearMonth[1] + "/" + yearMonth[0]);
      onTime.add(m.get("doneOnTime").asInt());
      late.add(m.get("doneLate").asInt());
    });
    String thisMonth = String.format("%02d/%d", today.getMonthValue(), today.getYear());
    assertThat(labels).contains(thisMonth);
    assertThat(months.get("xAxis").get(0).get("data")).extracting(JsonNode::asText).containsExactlyElementsOf(labels);
    assertThat(months.get("series")).extracting(s -> s.get("name").asText())
        .startsWith("hoàn thành đúng hạn", "hoàn thành quá hạn");
    assertThat(months.get("series").get(0).get("stack").asText()).isEqualTo("done");
    assertThat(months.get("series").get(0).get("data")).extracting(JsonNode::asInt).containsExactlyElementsOf(onTime);
    assertThat(months.get("series").get(1).get("data")).extracting(JsonNode::asInt).containsExactlyElementsOf(late);
    assertThat(driver.findElement(By.id("summary")).getText())
        .startsWith("Nhiệm vụ được tính: " + report.get("total").get("total").asInt() + ";");
  }

  JsonNode option(String elementId) throws IOException {
    Object option = driver.executeScript("const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
        + " return JSON.stringify(chart.getOption());", elementId);
    return json.readTree((String) option);
  }

  JsonNode api(String path) throws IOException {
    ResponseEntity<String> answer = rest.withBasicAuth(USER, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as("%s: %s", path, answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  static AssignmentRequest work(String unit, String deadline) {
    return new AssignmentRequest(unit, AssignmentRole.LEAD, "Nhiệm vụ của " + unit + " (biểu đồ)", deadline, null);
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  String cockpit() {
    return base() + "/camunda/app/cockpit/default/";
  }
}
