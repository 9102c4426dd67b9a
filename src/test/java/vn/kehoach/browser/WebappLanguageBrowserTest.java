package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * The four Camunda webapps in a headless Chromium whose own language is English (en-US), as a browser of an office
 * computer often is: they must still speak Vietnamese, show the system's name and dates as dd/MM/yyyy HH:mm, show no
 * "migrate to Camunda 8" banner, offer English on request, and offer a unit neither "Start process" nor "Create
 * task". Screenshots under target/browser-ngon-ngu/.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebappLanguageBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser-ngon-ngu");
  static final String BROWSER_LANGUAGE = "en-US";

  /** Each app with the name its login page shows. */
  static final Map<String, String> APPS = Map.of(
      "tasklist", "Kế hoạch PCCC – Công việc",
      "cockpit", "Kế hoạch PCCC – Theo dõi",
      "admin", "Kế hoạch PCCC – Quản trị",
      "welcome", "Kế hoạch PCCC");

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired TaskService taskService;

  Plan plan;

  @BeforeAll
  void startBrowserAndIssueAPlan() throws IOException {
    open(Chromium.start(SCREENSHOTS, "1400,900", BROWSER_LANGUAGE));
    int random = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    // issued: its assignments are running, one work task of them for tuyengiao's unit
    plan = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch thử giao diện tiếng Việt " + random));
  }

  @Test
  @Order(1)
  void theBrowserAsksForEnglish() {
    driver.get(appUrl("tasklist") + "#/login");
    assertThat(driver.executeScript("return navigator.languages")).asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .as("the browser's languages: the webapps would pick English from them if they were left to").first()
        .isEqualTo(BROWSER_LANGUAGE);
  }

  @Test
  @Order(2)
  void everyLoginPageIsVietnameseWithTheSystemsNameAndNoMigrationBanner() {
    for (Map.Entry<String, String> app : APPS.entrySet()) {
      String name = app.getKey();
      browser.logout();
      driver.get(appUrl(name) + "#/login");
      waitFor("the login button of " + name + " in Vietnamese",
          ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Đăng nhập"));
      assertThat(driver.findElement(By.cssSelector("input[ng-model=username]")).getDomAttribute("placeholder"))
          .as("%s: user name field", name).isEqualTo("Tên đăng nhập");
      assertThat(driver.findElement(By.cssSelector("input[type=password]")).getDomAttribute("placeholder"))
          .as("%s: password field", name).isEqualTo("Mật khẩu");
      assertThat(driver.findElement(By.cssSelector(".app-name")).getText()).as("%s: the name on the login page", name)
          .isEqualTo(app.getValue());
      assertThat(driver.getTitle()).as("%s: the window title", name).isEqualTo("Hệ thống " + app.getValue());
      assertThat(driver.executeScript("return document.documentElement.lang")).as("%s: <html lang>", name)
          .isEqualTo("vi");
      assertThat(driver.findElement(By.cssSelector(".kehoach-ngon-ngu a")).getText())
          .as("%s: the language switch offers English", name).isEqualTo("English");
      assertNoEnglishChromeAndNoBanner(name, name + " login page");
      shot("login-" + name);
    }
  }

  @Test
  @Order(3)
  void eachAppsConfigAsTheBrowserEvaluatesItSetsVietnameseAndTheDateFormat() {
    for (String app : APPS.keySet()) {
      driver.get(appUrl(app) + "#/login");
      waitFor(app + " loaded", ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[type=submit]")));
      @SuppressWarnings("unchecked")
      Map<String, Object> config = (Map<String, Object>) driver.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          import(arguments[0] + '?probe=' + Date.now()).then(m => done({
            locales: m.default.locales, dateFormat: m.default.dateFormat, app: m.default.app
          })).catch(e => done({error: String(e)}));
          """, "/camunda/app/" + app + "/scripts/config.js");
      assertThat(config).as("%s/scripts/config.js evaluated by the browser", app).doesNotContainKey("error");
      assertThat(config.get("locales")).as("%s: locales", app)
          .isEqualTo(Map.of("availableLocales", List.of("vi"), "fallbackLocale", "vi"));
      @SuppressWarnings("unchecked")
      Map<String, Object> dateFormat = (Map<String, Object>) config.get("dateFormat");
      assertThat(dateFormat).as("%s: dateFormat", app).containsEntry("normal", "DD/MM/YYYY HH:mm")
          .containsEntry("abbr", "DD/MM/YYYY HH:mm").containsEntry("long", "dddd, DD/MM/YYYY HH:mm")
          .containsEntry("short", "DD/MM/YYYY");
      assertThat(config.get("app")).as("%s: app", app).isEqualTo(Map.of("name", APPS.get(app), "vendor", "Hệ thống"));
    }
  }

  @Test
  @Order(4)
  void englishStaysSelectableAndIsRememberedAcrossTheApps() {
    browser.logout();
    driver.get(appUrl("tasklist") + "#/login");
    waitFor("Tasklist's login in Vietnamese",
        ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Đăng nhập"));
    click(By.cssSelector(".kehoach-ngon-ngu a"), "the link 'English'");
    waitFor("Tasklist's login in English after choosing English",
        ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Log in"));
    assertThat(driver.findElement(By.cssSelector(".kehoach-ngon-ngu a")).getText()).isEqualTo("Tiếng Việt");
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().noneMatch(WebElement::isDisplayed))
        .as("no migration banner in English either").isTrue();
    shot("login-tasklist-english");

    driver.get(appUrl("cockpit") + "#/login");
    waitFor("Cockpit's login in English too (the choice is remembered)",
        ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Log in"));
    click(By.cssSelector(".kehoach-ngon-ngu a"), "the link 'Tiếng Việt'");
    waitFor("Cockpit's login in Vietnamese again",
        ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Đăng nhập"));

    driver.get(appUrl("welcome") + "?lang=en#/login");
    waitFor("Welcome in English when the address asks for it (?lang=en)",
        ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Log in"));
    browser.logout();
  }

  @Test
  @Order(5)
  void aUnitWorksInVietnameseAndIsOfferedNeitherStartProcessNorCreateTask() {
    Task work = workTask();
    browser.login(appUrl("tasklist"), "tuyengiao", By.cssSelector(".task-filters"));
    driver.get(appUrl("tasklist") + "#/?task=" + work.getId());
    waitFor("the task card of '" + work.getName() + "'",
        ExpectedConditions.textToBe(By.cssSelector(".task-card h2.task"), work.getName()));
    WebElement listed = waitFor("the task in the unit's task list", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("ol.tasks-list li.task a[href*='task=" + work.getId() + "']")));
    WebElement item = listed.findElement(By.xpath("./ancestor::li[contains(@class,'task')]"));

    WebElement created = item.findElement(By.cssSelector(".creation-date"));
    assertThat(created.getText()).as("relative creation time").matches("Tạo (vài giây|một phút|\\d+ phút) trước");
    WebElement when = created.findElement(By.cssSelector("[am-time-ago]"));
    assertThat(when.getDomAttribute("uib-tooltip")).as("creation date, configured as dddd, DD/MM/YYYY HH:mm")
        .matches("(Chủ nhật|Thứ \\S+), \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    List<WebElement> due = item.findElements(By.cssSelector(".due-date"));
    if (!due.isEmpty()) {
      assertThat(due.get(0).getText()).as("relative due date").matches("Hạn (trong .+|.+ trước)");
    }

    WebElement claim = waitFor("the Claim button in Vietnamese",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
    assertThat(claim.getText()).isEqualTo("Nhận xử lý");
    assertThat(driver.findElements(By.cssSelector(".start-process-action, .create-task-action")))
        .as("Tasklist's header offers no 'Start process' and no 'Create task'").isEmpty();
    assertThat(driver.findElement(By.tagName("body")).getText())
        .doesNotContain("Start process", "Create task", "Khởi động quy trình", "Tạo công việc");
    assertNoEnglishChromeAndNoBanner("tasklist", "Tasklist of tuyengiao", "tuyengiao", plan.title(),
        plan.businessKey());
    // the task card's editing the engine refuses to units (no UPDATE): shown, not offered
    assertThat(driver.findElement(By.cssSelector(".task-card")).getText())
        .doesNotContain("Đặt ngày theo dõi", "Đặt hạn xử lý", "Thêm nhóm");
    assertThat(driver.findElements(By.cssSelector(".task-card .reset-due-date, .task-card .reset-follow-up-date, "
        + ".task-card .reset-assignee")).stream().noneMatch(WebElement::isDisplayed))
        .as("no buttons resetting due date, follow-up date or assignee").isTrue();
    for (String editor : List.of(".task-card .due-date", ".task-card .followup-date", ".task-card li.groups > span")) {
      assertThat(driver.findElement(By.cssSelector(editor)).getCssValue("pointer-events")).as("%s opens no editor", editor)
          .isEqualTo("none");
    }
    shot("tasklist-tuyengiao-task");

    claim.click();
    WebElement unclaim = waitFor("the task claimed: the give-back button, 'Trả lại'",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card button.unclaim")));
    assertThat(unclaim.getDomAttribute("uib-tooltip")).isEqualTo("Trả lại");
    assertThat(taskService.createTaskQuery().taskId(work.getId()).singleResult().getAssignee()).isEqualTo("tuyengiao");
    shot("tasklist-tuyengiao-claimed");
    unclaim.click();
    waitFor("the task given back: 'Nhận xử lý' again",
        ExpectedConditions.textToBe(By.cssSelector(".task-card button.claim"), "Nhận xử lý"));
    assertThat(taskService.createTaskQuery().taskId(work.getId()).singleResult().getAssignee()).isNull();
    browser.logout();
  }

  @Test
  @Order(6)
  void theOfficeFollowsThePlansOnAVietnameseCockpitDashboard() {
    browser.login(appUrl("cockpit"), "vanphong", By.cssSelector("[cam-widget-header] .account, .navbar .account"));
    waitFor("the Cockpit dashboard", ExpectedConditions.urlContains("#/dashboard"));
    waitFor("the dashboard's running process instances, in Vietnamese", ExpectedConditions.textToBePresentInElementLocated(
        By.tagName("body"), "Phiên bản quy trình đang chạy"));
    assertThat(driver.findElement(By.cssSelector("[cam-widget-header] .brand-name")).getText())
        .isEqualTo("Hệ thống Kế hoạch PCCC – Theo dõi");
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("Quy trình", "Sự cố")
        .doesNotContain("Running Process Instances", "Open Incidents", "Processes", "Dashboard");
    assertNoEnglishChromeAndNoBanner("cockpit", "Cockpit of vanphong", "vanphong");
    shot("cockpit-vanphong-dashboard");
    browser.logout();
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  /** No English label of the app's en.json on the page ({@link EnglishChrome}), no end-of-life banner. */
  void assertNoEnglishChromeAndNoBanner(String app, String where, String... data) {
    assertThat(EnglishChrome.of(app).problems(driver, data)).as("%s: English chrome or the end-of-life banner", where)
        .isEmpty();
  }

  Task workTask() {
    List<Task> work = taskService.createTaskQuery().processInstanceBusinessKey(plan.businessKey())
        .taskCandidateGroup(PlanFixtures.PROPAGANDA)
        .taskDefinitionKeyIn(AssignmentProcess.Elements.EXECUTE, AssignmentProcess.Elements.EXECUTE_ONGOING).list();
    assertThat(work).as("work tasks of %s in plan %s", PlanFixtures.PROPAGANDA, plan.id()).hasSize(1);
    return work.get(0);
  }

  String appUrl(String app) {
    return "http://127.0.0.1:" + port + "/camunda/app/" + app + "/default/";
  }

}
