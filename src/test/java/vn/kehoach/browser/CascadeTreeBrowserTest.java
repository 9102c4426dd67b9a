package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.kehoach.assignment.AssignmentKind;
import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.assignment.AssignmentStatus;
import vn.kehoach.deadline.Deadline;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanRequest;
import vn.kehoach.plan.PlanRequest.AssignmentRequest;
import vn.kehoach.plan.PlanService;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Workflow;

/**
 * The cascade of plans as people see it, in a real (headless) Chromium: a province plan asks the city for a plan of
 * its own, the city issues it in time and asks the ward for one (still a draft). The province's monitoring unit
 * ({@code congan}) opens the tree in Cockpit's plugin "Kế hoạch", walks down to the city's plan (the province in its
 * breadcrumb) and opens the chart page "Cây kế hoạch"; everything shown, the chart's data included, is what
 * {@code GET /api/plans/{id}/tree} gives the same user. A unit outside the branch ({@code kiemtra}) is told the plan
 * is not found. Screenshots under target/browser/cascade-tree/.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CascadeTreeBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser", "cascade-tree");
  static final By COCKPIT_READY = By.cssSelector("[cam-widget-header] .account, .navbar .account");
  static final String MONITOR = "congan";
  static final List<String> STATUSES = List.of("IN_PROGRESS_ON_TIME", "IN_PROGRESS_OVERDUE", "DONE_ON_TIME",
      "DONE_LATE", "ONGOING");

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired PlanService plans;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  Plan province;
  Plan city;
  Plan ward;

  @BeforeAll
  void startBrowserAndBuildACascade() throws Exception {
    open(Chromium.start(SCREENSHOTS, "1400,1000"));
    int random = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    LocalDate today = LocalDate.now(Deadline.VIETNAM);
    province = workflow.issued(new PlanRequest("Kế hoạch phòng, chống tác hại của thuốc lá (cây kế hoạch " + random
        + ")", "KH", "btv-tinh-uy", "dang-uy-cong-an-tinh", "dang-uy-cong-an-tinh", List.of(), List.of(
            new AssignmentRequest("thanh-uy", AssignmentRole.LEAD, "Xây dựng kế hoạch thực hiện của Thành ủy",
                today.plusDays(30).toString(), null, AssignmentKind.OWN_PLAN),
            new AssignmentRequest("dang-uy-cong-an-tinh", AssignmentRole.LEAD,
                "Tham mưu theo dõi, đôn đốc việc thực hiện Kế hoạch", today.minusDays(5).toString(), null)),
        List.of()));
    city = plans.get(plans.get(province.id()).assignments().get(0).childPlanId());

    // the city writes its plan: the ward issues its own, the city police carry out an ongoing task; then signs it
    JsonNode draft = api("thanhuy", "/api/plans/" + city.id());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setIfMatch("\"" + draft.get("version").asInt() + "\"");
    Map<String, Object> body = Map.of("title", city.title(), "issuer", city.issuer(), "drafter", city.drafter(),
        "monitoringUnit", city.monitoringUnit(), "implements", List.of(Map.of(
            "number", city.implementsDocuments().get(0).number(),
            "date", city.implementsDocuments().get(0).date().toString())),
        "assignments", List.of(
            Map.of("unit", "dang-uy-phuong", "task", "Xây dựng kế hoạch thực hiện của Đảng ủy phường",
                "deadline", today.plusDays(20).toString(), "kind", "OWN_PLAN"),
            Map.of("unit", "cong-an-thanh-pho", "task", "Kiểm tra việc thực hiện", "deadline", "thường xuyên")));
    ResponseEntity<String> edited = rest.withBasicAuth("thanhuy", "demo").exchange("/api/plans/" + city.id(),
        HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    assertThat(edited.getStatusCode()).as(edited.getBody()).isEqualTo(HttpStatus.OK);
    workflow.complete(city, Elements.DRAFT, Map.of("draftReady", true));
    workflow.decide(city, Elements.REVIEW, "APPROVE", null);
    workflow.decide(city, Elements.SIGN, "APPROVE", null);
    city = plans.get(city.id());
    assertThat(city.number()).as("the city's plan issued").isNotNull();
    ward = plans.get(city.assignments().get(0).childPlanId());
    assertThat(plans.get(province.id()).assignments().get(0).status(java.time.Instant.now()))
        .isEqualTo(AssignmentStatus.DONE_ON_TIME);
  }

  @Test
  @Order(1)
  void theMonitorSeesTheTreeInCockpitAsTheApiGivesIt() throws Exception {
    login(MONITOR);
    driver.get(cockpit() + "#/ke-hoach?plan=" + province.id());
    waitFor("the cascade in the plan's view", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=tree] li[data-kh=tree-node][data-plan-id='" + ward.id() + "']")));
    JsonNode tree = api(MONITOR, "/api/plans/" + province.id() + "/tree");
    List<JsonNode> nodes = flatten(tree.get("plan"));
    assertThat(nodes).extracting(n -> n.get("header").get("id").asLong())
        .containsExactly(province.id(), city.id(), ward.id());
    assertTree(tree);
    // what the API says, checked once by hand, so that page and API do not agree on nothing
    WebElement top = node(province.id());
    assertThat(count(top, "DONE_ON_TIME")).isEqualTo("hoàn thành đúng hạn: 1");
    assertThat(count(top, "IN_PROGRESS_OVERDUE")).isEqualTo("đang thực hiện quá hạn: 1");
    assertThat(top.findElement(By.cssSelector("[data-kh=tree-cascade]")).getText())
        .isEqualTo("đã ban hành kế hoạch: 1/1 (đúng hạn 1, muộn 0); chưa ban hành, quá hạn: 0");
    assertThat(line(node(ward.id()))).startsWith("dự thảo: " + ward.title() + " — ");
    assertThat(line(node(city.id()))).isEqualTo(city.number().text() + " — Thành ủy Bắc Giang — Đang tổ chức thực hiện");
    shot("cockpit-congan-plan-with-tree");

    // the tree folds
    WebElement toggle = top.findElement(By.cssSelector(":scope > div [data-kh=tree-toggle]"));
    toggle.click();
    assertThat(node(city.id()).isDisplayed()).isFalse();
    toggle.click();
    assertThat(node(city.id()).isDisplayed()).isTrue();

    // walking down: the city's own tree, the province above it
    click(By.cssSelector("li[data-plan-id='" + city.id() + "'] > div a[data-kh=tree-link]"), "the city's tree link");
    waitFor("the city's tree", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=tree-ancestors] li[data-plan-id='" + province.id() + "']")));
    assertThat(driver.getCurrentUrl()).endsWith("#/ke-hoach?tree=" + city.id());
    JsonNode cityTree = api(MONITOR, "/api/plans/" + city.id() + "/tree");
    assertThat(cityTree.get("ancestors")).extracting(h -> h.get("id").asLong()).containsExactly(province.id());
    assertTree(cityTree);
    shot("cockpit-congan-city-tree");
  }

  @Test
  @Order(2)
  void theChartShowsTheRolledUpStatusOfEachPlanAndLevel() throws Exception {
    driver.get(cockpit() + "#/ke-hoach?tree=" + province.id());
    String href = waitFor("the link to the chart", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=tree-chart-link]"))).getDomProperty("href");
    assertThat(href).isEqualTo("http://127.0.0.1:" + port + "/ke-hoach/cay.html?id=" + province.id());
    driver.get(href);
    waitFor("the charts drawn by ECharts", d -> d.findElements(By.cssSelector("#chart-units canvas")).size() == 1
        && d.findElements(By.cssSelector("#chart-levels canvas")).size() == 1);
    shot("cay-ke-hoach-chart");
    JsonNode tree = api(MONITOR, "/api/plans/" + province.id() + "/tree");
    List<JsonNode> nodes = flatten(tree.get("plan"));

    JsonNode units = option("chart-units");
    List<String> labels = new ArrayList<>();
    nodes.forEach(n -> labels.add(n.get("header").get("issuer").get("name").asText() + " "
        + (n.get("header").get("number").isNull() ? "dự thảo" : n.get("header").get("number").asText())));
    assertThat(units.get("xAxis").get(0).get("data")).extracting(JsonNode::asText).containsExactlyElementsOf(labels);
    assertThat(units.get("series")).extracting(s -> s.get("name").asText()).containsExactly(
        "đang thực hiện trong hạn", "đang thực hiện quá hạn", "hoàn thành đúng hạn", "hoàn thành quá hạn",
        "thường xuyên");
    for (int s = 0; s < STATUSES.size(); s++) {
      JsonNode series = units.get("series").get(s);
      assertThat(series.get("stack").asText()).isEqualTo("status");
      List<Integer> expected = new ArrayList<>();
      for (JsonNode n : nodes) {
        expected.add(n.get("rolledUp").path(STATUSES.get(s)).asInt(0));
      }
      assertThat(series.get("data")).extracting(JsonNode::asInt).as(STATUSES.get(s)).containsExactlyElementsOf(expected);
    }
    // the top plan's bar is the whole cascade: 1 done on time, 1 overdue (province), 1 in time, 1 ongoing (city)
    assertThat(units.get("series")).extracting(s -> s.get("data").get(0).asInt()).containsExactly(1, 1, 1, 0, 1);

    JsonNode levels = option("chart-levels");
    assertThat(levels.get("xAxis").get(0).get("data")).extracting(JsonNode::asText)
        .containsExactly("Kế hoạch này", "Cấp dưới 1", "Cấp dưới 2");
    for (int s = 0; s < STATUSES.size(); s++) {
      List<Integer> expected = new ArrayList<>(List.of(0, 0, 0));
      for (JsonNode n : nodes) {
        int level = n.get("level").asInt() - tree.get("plan").get("level").asInt();
        expected.set(level, expected.get(level) + n.get("counts").path(STATUSES.get(s)).asInt(0));
      }
      assertThat(levels.get("series").get(s).get("data")).extracting(JsonNode::asInt).as(STATUSES.get(s))
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  @Order(3)
  void aUnitOutsideTheBranchIsToldThePlanIsNotFound() {
    assertThat(rest.withBasicAuth("kiemtra", "demo").getForEntity("/api/plans/" + province.id() + "/tree",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    login("kiemtra");
    driver.get(cockpit() + "#/ke-hoach?tree=" + province.id());
    WebElement error = waitFor("the refusal in Cockpit", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=page] [data-kh=error]")));
    assertThat(error.getText()).contains("Không tìm thấy kế hoạch " + province.id());
    assertThat(driver.findElements(By.cssSelector("[data-kh=tree]"))).isEmpty();
    shot("cockpit-kiemtra-not-found");

    driver.get("http://127.0.0.1:" + port + "/ke-hoach/cay.html?id=" + province.id());
    WebElement message = waitFor("the refusal on the chart page", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#message.error")));
    assertThat(message.getText()).contains("Không tìm thấy kế hoạch " + province.id());
    assertThat(driver.findElement(By.id("charts")).isDisplayed()).isFalse();
    shot("cay-ke-hoach-kiemtra-not-found");
    browser.logout();
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  /** The breadcrumb and every node shown as the API gives them: line, counts, roll-up, cascade, hidden plans. */
  void assertTree(JsonNode tree) {
    List<WebElement> crumbs = driver.findElements(By.cssSelector("[data-kh=tree-ancestors] li[data-plan-id]"));
    assertThat(crumbs).hasSize(tree.get("ancestors").size());
    for (int i = 0; i < crumbs.size(); i++) {
      assertThat(crumbs.get(i).getText()).isEqualTo(expectedLine(tree.get("ancestors").get(i)));
    }
    List<JsonNode> nodes = flatten(tree.get("plan"));
    assertThat(driver.findElements(By.cssSelector("[data-kh=tree] li[data-kh=tree-node]"))).hasSize(nodes.size());
    for (JsonNode n : nodes) {
      long id = n.get("header").get("id").asLong();
      WebElement shown = node(id);
      assertThat(line(shown)).as("plan %s", id).isEqualTo(expectedLine(n.get("header")));
      assertThat(shown.getDomAttribute("data-level")).isEqualTo(n.get("level").asText());
      for (String status : STATUSES) {
        assertThat(count(shown, status)).as("plan %s, %s", id, status)
            .endsWith(": " + n.get("counts").path(status).asInt(0));
        if (!n.get("children").isEmpty()) {
          assertThat(shown.findElement(By.cssSelector(":scope > div > [data-kh=tree-rolled-up] [data-status=" + status
              + "]")).getText()).as("plan %s, %s rolled up", id, status)
              .endsWith(": " + n.get("rolledUp").path(status).asInt(0));
        }
      }
      JsonNode cascade = n.get("cascade");
      List<WebElement> share = shown.findElements(By.cssSelector(":scope > div > [data-kh=tree-cascade]"));
      if (cascade.get("assignments").asInt() == 0) {
        assertThat(share).as("plan %s asks no unit for a plan", id).isEmpty();
      } else {
        int issued = cascade.get("issuedOnTime").asInt() + cascade.get("issuedLate").asInt();
        assertThat(share).singleElement().extracting(WebElement::getText).asString()
            .startsWith("đã ban hành kế hoạch: " + issued + "/" + cascade.get("assignments").asInt())
            .endsWith("quá hạn: " + cascade.get("overdue").asInt());
      }
      List<WebElement> hidden = shown.findElements(By.cssSelector(":scope > ul > [data-kh=tree-hidden]"));
      if (n.get("hiddenChildren").asInt() == 0) {
        assertThat(hidden).isEmpty();
      } else {
        assertThat(hidden).singleElement().extracting(WebElement::getText)
            .isEqualTo("và " + n.get("hiddenChildren").asInt() + " kế hoạch của đơn vị khác");
      }
    }
  }

  static String expectedLine(JsonNode header) {
    String name = header.get("number").isNull() ? "dự thảo: " + header.get("title").asText()
        : header.get("number").asText();
    return name + " — " + header.get("issuer").get("name").asText() + " — " + header.get("stateLabel").asText();
  }

  static List<JsonNode> flatten(JsonNode node) {
    List<JsonNode> all = new ArrayList<>(List.of(node));
    node.get("children").forEach(child -> all.addAll(flatten(child)));
    return all;
  }

  WebElement node(long id) {
    return driver.findElement(By.cssSelector("[data-kh=tree] li[data-kh=tree-node][data-plan-id='" + id + "']"));
  }

  /** The node's own line: number, issuer, state (the toggle left out). */
  static String line(WebElement node) {
    return node.findElement(By.cssSelector(":scope > div:first-child")).getText().replaceFirst("^[▾▸·]\\s*", "");
  }

  static String count(WebElement node, String status) {
    return node.findElement(By.cssSelector(":scope > div > [data-kh=tree-counts] [data-status=" + status + "]"))
        .getText();
  }

  /** The chart's option as ECharts holds it. */
  JsonNode option(String elementId) throws IOException {
    Object option = driver.executeScript("const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
        + " return JSON.stringify(chart.getOption());", elementId);
    return json.readTree((String) option);
  }

  JsonNode api(String user, String path) throws IOException {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as("%s: %s", path, answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  void login(String user) {
    browser.login(cockpit(), user, COCKPIT_READY);
  }

  String cockpit() {
    return "http://127.0.0.1:" + port + "/camunda/app/cockpit/default/";
  }
}
