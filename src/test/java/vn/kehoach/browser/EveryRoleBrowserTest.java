package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * Each demo role in a headless Chromium whose own language is English (en-US) and whose time zone is
 * Asia/Ho_Chi_Minh: Tasklist's login page, the role's task list with its filters, the role's task claimed with its
 * form, Cockpit's dashboard with the plugin "Kế hoạch", the plugin's list and one plan. Every page is in Vietnamese:
 * no English label of the app's en.json ({@link EnglishChrome}), no end-of-life banner, times said to be in
 * Asia/Ho_Chi_Minh. The office sees no button to edit, delete or add a process instance's variables. Screenshots under
 * target/browser/every-role/.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryRoleBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser", "every-role");
  static final String TIME_ZONE = "Asia/Ho_Chi_Minh";
  static final By TASKLIST_READY = By.cssSelector(".task-filters");
  static final By COCKPIT_READY = By.cssSelector("[cam-widget-header] .account, .navbar .account");
  static final String ALL_TASKS = "Tất cả công việc (All tasks)";
  static final List<String> COMMON_FILTERS = List.of("Việc của đơn vị (My unit's tasks)", "Việc của tôi (My tasks)",
      "Sắp đến hạn (Due soon)", "Quá hạn (Overdue)", ALL_TASKS);
  static final String TO_SIGN = "Chờ ký (To sign)";
  static final String TO_REVIEW = "Chờ thẩm định (To review)";

  /** A demo user, the filters for one role only that it sees, and the task it works on. */
  record Role(String user, Set<String> ownFilters, String what) {
    @Override
    public String toString() {
      return user + " (" + what + ")";
    }
  }

  static Stream<Role> roles() {
    return Stream.of(
        // the administrator reads every filter but is no candidate of any task (its lists are empty): no claim
        new Role("demo", Set.of(TO_SIGN, TO_REVIEW), "administrator"),
        new Role("phobithu", Set.of(TO_SIGN), "signer: Ký ban hành"),
        new Role("vanphong", Set.of(TO_REVIEW), "office: Thẩm định"),
        new Role("congan", Set.of(), "drafting unit: Soạn thảo"),
        new Role("tuyengiao", Set.of(), "assigned unit: Thực hiện nhiệm vụ"));
  }

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtime;

  Plan drafting;
  Plan review;
  Plan signature;
  Plan issued;

  @BeforeAll
  void startBrowserAndPreparePlans() throws IOException {
    open(Chromium.start(SCREENSHOTS, "1400,1000", "en-US", TIME_ZONE));
    int random = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    drafting = workflow.create(PlanFixtures.provincialPlan("Kế hoạch thử mọi vai trò, đang soạn thảo " + random));
    review = workflow.create(PlanFixtures.provincialPlan("Kế hoạch thử mọi vai trò, chờ thẩm định " + random));
    workflow.complete(review, Elements.DRAFT, java.util.Map.of("draftReady", true));
    signature = workflow.toSignature(PlanFixtures.provincialPlan("Kế hoạch thử mọi vai trò, chờ ký " + random));
    issued = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch thử mọi vai trò, đã ban hành " + random));
  }

  @Test
  @Order(1)
  void tasklistsLoginPageIsVietnameseWithTheTimeZoneInItsFooter() {
    browser.logout();
    driver.get(appUrl("tasklist") + "#/login");
    waitFor("Tasklist's login in Vietnamese",
        ExpectedConditions.textToBe(By.cssSelector("button[type=submit]"), "Đăng nhập"));
    assertThat(driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .as("the browser's time zone").isIn(TIME_ZONE, "Asia/Saigon");
    assertVietnamese("tasklist", "Tasklist's login page");
    shot("tasklist-login");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roles")
  @Order(2)
  void eachRoleWorksInVietnamese(Role role) {
    Task task = taskOf(role);
    Plan plan = planOf(task);

    // Tasklist: the filters, the task claimed with its form
    browser.login(appUrl("tasklist"), role.user(), TASKLIST_READY);
    List<String> filters = waitFor("the filters of " + role.user(), d -> {
      List<String> names = d.findElements(By.cssSelector(".task-filters .task-filter h4 a")).stream()
          .map(WebElement::getText).map(name -> name.replaceFirst("\\s+\\d+$", "").strip()).toList();
      return names.contains(ALL_TASKS) ? names : null;
    });
    assertThat(filters).as("%s's filters", role.user()).containsAll(COMMON_FILTERS);
    assertThat(filters).as("%s's filters, first the unit's", role.user()).first()
        .isEqualTo(COMMON_FILTERS.get(0));
    for (String own : List.of(TO_SIGN, TO_REVIEW)) {
      if (role.ownFilters().contains(own)) {
        assertThat(filters).as("%s's filters", role.user()).contains(own);
      } else {
        assertThat(filters).as("%s's filters", role.user()).doesNotContain(own);
      }
    }
    waitFor("the task list", ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list, .no-task")));
    assertVietnamese("tasklist", "Tasklist of " + role.user(), role.user());
    shot(role.user() + "-tasklist-filters");

    if (!role.user().equals("demo")) {
      claimAndGiveBack(role, task, plan);
    }

    // Cockpit: the dashboard with the plugin's section, the plugin's list and one plan
    browser.login(appUrl("cockpit"), role.user(), COCKPIT_READY);
    waitFor("the Cockpit dashboard", ExpectedConditions.urlContains("#/dashboard"));
    WebElement section = waitFor("the plugin's section on the dashboard, with its numbers",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-kh=dashboard] [data-kh=summary-plans]")));
    assertThat(driver.findElement(By.cssSelector("[data-kh=dashboard]")).getText()).contains("Kế hoạch",
        "Xem tất cả kế hoạch");
    assertVietnamese("cockpit", "Cockpit's dashboard of " + role.user(), role.user());
    scrollTo(section);
    shot(role.user() + "-cockpit-dashboard");

    driver.get(appUrl("cockpit") + "#/ke-hoach");
    waitFor("the plugin's list of plans", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-kh=page] [data-kh=plans]")));
    List<String> titles = driver.findElements(By.cssSelector("[data-kh=plans] [data-kh=title]")).stream()
        .map(WebElement::getText).toList();
    assertThat(driver.findElement(By.cssSelector("[data-kh=page]")).getText()).contains("Cơ quan ban hành",
        "Trạng thái", "Tên kế hoạch", "Hoàn thành", "Đang mở", "Quá hạn");
    assertVietnamese("cockpit", "the plugin's list of " + role.user(),
        Stream.concat(titles.stream(), Stream.of(role.user())).toArray(String[]::new));
    shot(role.user() + "-cockpit-ke-hoach-list");

    List<WebElement> row = driver.findElements(By.cssSelector("tr[data-plan-id='" + plan.id() + "'] a[data-kh=title]"));
    if (row.isEmpty()) {
      driver.get(appUrl("cockpit") + "#/ke-hoach?plan=" + plan.id()); // not among the list's newest
    } else {
      scrollTo(row.get(0));
      row.get(0).click();
    }
    waitFor("the plan's own view", ExpectedConditions.textToBe(By.cssSelector("[data-kh=plan-title]"), plan.title()));
    assertThat(driver.findElement(By.cssSelector("[data-kh=plan-heading]")).getText()).startsWith("Kế hoạch");
    assertVietnamese("cockpit", "plan " + plan.id() + " in the plugin, seen by " + role.user(), role.user(),
        plan.title(), plan.businessKey());
    shot(role.user() + "-cockpit-ke-hoach-one-plan");

    if (role.user().equals("vanphong") || role.user().equals("demo")) {
      // the issued plan: its lifecycle has its variables (number, dates)
      noChangeOfAProcessInstancesVariablesIsOffered(role.user(), issued);
    }
    browser.logout();
  }

  /** Tasklist: the role's task in the task list, claimed, its form shown, given back. */
  void claimAndGiveBack(Role role, Task task, Plan plan) {
    showTasksOf(plan);
    driver.get(appUrl("tasklist") + "#/?searchQuery=" + searchQuery(plan) + "&task=" + task.getId());
    waitFor("the task card of '" + task.getName() + "'",
        ExpectedConditions.textToBe(By.cssSelector(".task-card h2.task"), task.getName()));
    WebElement claim = waitFor("the button 'Nhận xử lý'",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
    assertThat(claim.getText()).isEqualTo("Nhận xử lý");
    claim.click();
    WebElement unclaim = waitFor("the task claimed: the give-back button",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card button.unclaim")));
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo(role.user());
    WebElement complete = waitFor("the form with its button 'Hoàn thành'", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".task-card button.btn-primary[ng-click='complete()']")));
    waitFor("the form's fields", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".task-card .fjs-form-field, .task-card form input, .task-card form textarea")));
    assertThat(unclaim.getDomAttribute("uib-tooltip")).as("the give-back button").isEqualTo("Trả lại");
    assertThat(complete.getText().strip()).isEqualTo("Hoàn thành");
    assertThat(driver.findElements(By.cssSelector(".task-card .nav-tabs li a")).stream().map(WebElement::getText)
        .map(String::strip).toList()).as("the task card's tabs").contains("Biểu mẫu");
    assertVietnamese("tasklist", "the task '" + task.getName() + "' claimed by " + role.user(), role.user(),
        plan.title(), plan.businessKey());
    shot(role.user() + "-tasklist-claimed-task-form");
    unclaim.click();
    waitFor("the task given back: 'Nhận xử lý' again",
        ExpectedConditions.textToBe(By.cssSelector(".task-card button.claim"), "Nhận xử lý"));
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  /**
   * Variables are written by the system only: no edit, delete or add button (the engine would refuse: 403). The
   * office reads no variables in Cockpit (its table is empty: "Không có biến quy trình"), so Cockpit renders no row
   * and no button for it; the administrator reads them, so Cockpit renders the buttons, which user-styles.css hides.
   */
  void noChangeOfAProcessInstancesVariablesIsOffered(String user, Plan plan) {
    driver.get(appUrl("cockpit") + "#/process-instance/" + plan.processInstanceId() + "/runtime");
    waitFor("the variables of plan " + plan.id() + "'s process instance, or none", d -> !d.findElements(
        By.cssSelector("[cam-widget-variables-table] tbody tr")).isEmpty() || d.findElement(By.tagName("body"))
        .getText().contains("Không có biến quy trình"));
    List<WebElement> offered = new ArrayList<>();
    for (String button : List.of("[ng-click='enableEditMode(info, true)']", "[ng-click='deleteVariable(v)']",
        "[ng-click='saveVariable(v)']", "a.btn-toolbar[ng-click='openDialog()'] .glyphicon-plus")) {
      offered.addAll(driver.findElements(By.cssSelector(button)).stream().filter(WebElement::isDisplayed).toList());
    }
    assertThat(offered).as("buttons changing the process instance's variables shown to %s", user).isEmpty();
    if (user.equals("demo")) {
      assertThat(driver.findElements(By.cssSelector("[ng-click='deleteVariable(v)']")))
          .as("Cockpit renders its delete buttons for the administrator, hidden by user-styles.css").isNotEmpty();
    }
    // the variables' names and values are data (decision, comment, planNumber…), not chrome
    List<String> data = new ArrayList<>(List.of(user, plan.title(), plan.businessKey()));
    runtime.getVariables(plan.processInstanceId()).forEach((name, value) -> {
      data.add(name);
      data.add(String.valueOf(value));
    });
    assertVietnamese("cockpit", "the variables of plan " + plan.id() + "'s process instance",
        data.toArray(String[]::new));
    shot(user + "-cockpit-process-instance-variables");
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  /** No English chrome, no end-of-life banner, the footer's time zone: Asia/Ho_Chi_Minh. */
  void assertVietnamese(String app, String where, String... data) {
    assertThat(EnglishChrome.of(app).problems(driver, data)).as("%s: English chrome or the end-of-life banner", where)
        .isEmpty();
    WebElement zone = waitFor("the footer's time zone", ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#footer-timezone")));
    assertThat(zone.getAttribute("textContent").replaceAll("\\s+", " ").strip()).as("%s: the footer", where)
        .matches(".*múi giờ.*: (" + TIME_ZONE + "|Asia/Saigon)");
  }

  /** The task each role claims: its own; for the administrator (who claims none) the inspection unit's, for its plan. */
  Task taskOf(Role role) {
    return switch (role.user()) {
      case "demo" -> workTask(issued, PlanFixtures.INSPECTION);
      case "phobithu" -> workflow.task(signature, Elements.SIGN);
      case "vanphong" -> workflow.task(review, Elements.REVIEW);
      case "congan" -> workflow.task(drafting, Elements.DRAFT);
      case "tuyengiao" -> workTask(issued, PlanFixtures.PROPAGANDA);
      default -> throw new IllegalArgumentException(role.user());
    };
  }

  Plan planOf(Task task) {
    return Stream.of(drafting, review, signature, issued).filter(plan -> taskService.createTaskQuery()
        .processInstanceBusinessKey(plan.businessKey()).taskId(task.getId()).count() == 1).findFirst().orElseThrow();
  }

  Task workTask(Plan plan, String unit) {
    List<Task> work = taskService.createTaskQuery().processInstanceBusinessKey(plan.businessKey())
        .taskCandidateGroup(unit)
        .taskDefinitionKeyIn(AssignmentProcess.Elements.EXECUTE, AssignmentProcess.Elements.EXECUTE_ONGOING).list();
    assertThat(work).as("work tasks of %s in plan %s", unit, plan.id()).hasSize(1);
    return work.get(0);
  }

  /** As TasklistBrowserTest: the all-tasks filter, searched by the plan's business key. */
  void showTasksOf(Plan plan) {
    WebElement filter = waitFor("the filter '" + ALL_TASKS + "'", d -> allTasksFilter());
    if (!filter.getDomAttribute("class").contains("active")) {
      filter.findElement(By.cssSelector("h4 a")).click();
      waitFor("the filter '" + ALL_TASKS + "' to be active",
          d -> allTasksFilter() != null && allTasksFilter().getDomAttribute("class").contains("active"));
    }
    driver.get(appUrl("tasklist") + "#/?searchQuery=" + searchQuery(plan));
    waitFor("the business-key search of plan " + plan.id(),
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-search-pill]")));
    Set<String> ofPlan = taskService.createTaskQuery().processInstanceBusinessKey(plan.businessKey()).list().stream()
        .map(Task::getId).collect(Collectors.toSet());
    waitFor("the task list to show tasks of plan " + plan.id() + " only", d -> {
      Set<String> shown = d.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
          .map(link -> link.getDomAttribute("href").replaceFirst(".*[?&]task=([^&]+).*", "$1"))
          .collect(Collectors.toSet());
      return !shown.isEmpty() && ofPlan.containsAll(shown);
    });
  }

  static String searchQuery(Plan plan) {
    return URLEncoder.encode("[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\""
        + plan.businessKey() + "\",\"name\":\"\"}]", StandardCharsets.UTF_8);
  }

  WebElement allTasksFilter() {
    return driver.findElements(By.cssSelector(".task-filters .task-filter")).stream()
        .filter(item -> item.findElement(By.cssSelector("h4 a")).getText().contains(ALL_TASKS))
        .findFirst().orElse(null);
  }

  String appUrl(String app) {
    return "http://127.0.0.1:" + port + "/camunda/app/" + app + "/default/";
  }

}
