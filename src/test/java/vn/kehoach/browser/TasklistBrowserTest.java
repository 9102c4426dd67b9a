package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
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
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;
import vn.kehoach.engine.task.TaskInputGuard;
import vn.kehoach.assignment.AssignmentService;
import vn.kehoach.plan.Plan;
import vn.kehoach.plan.PlanState;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * The Camunda webapps in a real (headless) Chromium, as the people of the demo organisation use them: the signer
 * signs a plan in Tasklist through its Camunda Form, a unit sees its own work, the office follows the plan in
 * Cockpit. Each step leaves a screenshot under target/browser/ for a person to look at.
 *
 * <p>Uses Debian's /usr/bin/chromium and /usr/bin/chromedriver, so that Selenium Manager downloads nothing.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser");
  static final String ALL_TASKS_FILTER = "Tất cả công việc (All tasks)";
  static final String PLAN_LIFECYCLE_NAME = "Vòng đời kế hoạch (Plan lifecycle)";

  /** The two Camunda webapps the test logs in to, each with an element that shows it is ready after login. */
  enum App {
    TASKLIST("tasklist", By.cssSelector(".task-filters")),
    COCKPIT("cockpit", By.cssSelector("[cam-widget-header] .account, .navbar .account"));

    final String path;
    final By ready;

    App(String path, By ready) {
      this.path = path;
      this.ready = ready;
    }
  }

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired TaskService taskService;
  @Autowired AssignmentService assignments;

  Plan planA;
  Plan planB;

  @BeforeAll
  void startBrowserAndPreparePlans() throws IOException {
    open(Chromium.start(SCREENSHOTS, "1400,900"));

    int random = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    // the title carries markup: Tasklist and the Camunda Form must show it as text and never run it
    planA = workflow.toSignature(PlanFixtures.provincialPlan("Kế hoạch thử nghiệm ký trên trình duyệt " + random
        + " <img src=x onerror=\"document.title='XSS'\"><script>document.title='XSS'</script>"));
    planB = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch thử nghiệm giao việc trên trình duyệt " + random));
  }

  @Test
  @Order(1)
  void signerSignsThePlanThroughItsCamundaFormInTasklist() {
    Task sign = workflow.task(planA, PlanLifecycleProcess.Elements.SIGN);
    login(App.TASKLIST, "phobithu");
    showTasksOf(planA);
    shot("tasklist-phobithu-plan-A-tasks");

    click(By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)="
        + xpathLiteral(sign.getName()) + "]"), "the link to task '" + sign.getName() + "' in the task list");
    waitFor("the task card of '" + sign.getName() + "'",
        ExpectedConditions.textToBe(By.cssSelector(".task-card h2.task"), sign.getName()));
    WebElement title = waitFor("the Camunda Form's read-only field planTitle with a value", d -> {
      List<WebElement> fields = d.findElements(By.cssSelector("textarea[id$='Field_planTitle']"));
      return fields.size() == 1 && !fields.get(0).getDomProperty("value").isBlank() ? fields.get(0) : null;
    });
    assertThat(title.getDomProperty("value")).as("planTitle shown by the signature form").isEqualTo(planA.title());
    assertThat(title.getDomAttribute("disabled")).as("planTitle is shown, not sent back (disabled)").isNotNull();
    assertThat(driver.getTitle()).as("markup in the title was not executed").doesNotContain("XSS");
    assertThat(driver.findElements(By.cssSelector("img[src='x']"))).as("markup in the title was not rendered").isEmpty();
    shot("tasklist-phobithu-signature-form");

    List<WebElement> claim = driver.findElements(By.cssSelector(".task-card button.claim"));
    if (!claim.isEmpty()) {
      claim.get(0).click();
      waitFor("the task to be claimed by phobithu (Claim button gone)",
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
    }
    click(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='Ký ban hành']"),
        "the radio 'Ký ban hành' of the field decision");
    shot("tasklist-phobithu-approve-chosen");

    click(By.cssSelector(".task-card button.btn-primary[ng-click='complete()']"), "the enabled Complete button");
    waitFor("the signature task to be closed and gone from the task list after Complete", ExpectedConditions.and(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".no-task")),
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("ol.tasks-list a[href*='task=" + sign.getId()
            + "']"))));
    shot("tasklist-phobithu-after-complete");

    Plan signed = workflow.reload(planA);
    assertThat(signed.state()).isEqualTo(PlanState.IN_EXECUTION);
    assertThat(signed.number()).as("document number of plan A").isNotNull();
    assertThat(signed.number().text()).isNotBlank();
    assertThat(workflow.tasks(planA, PlanLifecycleProcess.Elements.SIGN)).as("open signature tasks").isEmpty();
    logout();
  }

  @Test
  @Order(2)
  void aUnitSeesExactlyTheTasksOfItsOwnGroup() {
    Task own = workTask(planB, PlanFixtures.PROPAGANDA);
    Task inspections = workTask(planB, PlanFixtures.INSPECTION);
    Map<String, String> expected = names(taskService.createTaskQuery().taskCandidateGroup(PlanFixtures.PROPAGANDA)
        .processInstanceBusinessKey(planB.businessKey()).list());

    login(App.TASKLIST, "tuyengiao");
    showTasksOf(planB);
    Map<String, String> shown = shownTasks();
    shot("tasklist-tuyengiao-plan-B-tasks");

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(shown).as("tuyengiao's own task '%s'", own.getName()).containsEntry(own.getId(), own.getName());
    softly.assertThat(shown.keySet()).as("kiemtra's task of plan B (%s, candidate group %s) must not be shown to "
            + "tuyengiao; shown: %s", inspections.getId(), PlanFixtures.INSPECTION, shown)
        .doesNotContain(inspections.getId());
    softly.assertThat(shown).as("tasks shown to tuyengiao = the engine's tasks of plan B for candidate group %s",
        PlanFixtures.PROPAGANDA).containsExactlyInAnyOrderEntriesOf(expected);
    logout();
    softly.assertAll();
  }

  @Test
  @Order(3)
  void theOfficeFollowsThePlanInCockpit() {
    login(App.COCKPIT, "vanphong");
    waitFor("the Cockpit dashboard", ExpectedConditions.urlContains("#/dashboard"));
    shot("cockpit-vanphong-dashboard");

    click(By.cssSelector(".sections-menu a[href='#/processes']"), "the 'Processes' link in Cockpit's header");
    waitFor("the process definition '" + PLAN_LIFECYCLE_NAME + "' listed in Cockpit",
        ExpectedConditions.visibilityOfElementLocated(By.linkText(PLAN_LIFECYCLE_NAME)));
    shot("cockpit-vanphong-processes");

    click(By.linkText(PLAN_LIFECYCLE_NAME), "the link to " + PLAN_LIFECYCLE_NAME);
    WebElement row = waitFor("plan B's instance (business key " + planB.businessKey() + ") in the instances table",
        ExpectedConditions.visibilityOfElementLocated(By.xpath("//table//tr[td[contains(@class,'business-key')]"
            + "[normalize-space(.)='" + planB.businessKey() + "']]")));
    assertThat(row.findElement(By.cssSelector("td.instance-id")).getText())
        .isEqualTo(planB.processInstanceId());
    shot("cockpit-vanphong-plan-lifecycle-instances");
    logout();
  }

  @Test
  @Order(4)
  void theWorkFormAsksOnlyForWhatTheChosenOutcomeNeedsAndReadsDatesDayFirst() {
    Task work = workTask(planB, PlanFixtures.FRONT);
    login(App.TASKLIST, "mttq");
    showTasksOf(planB);
    click(By.cssSelector("ol.tasks-list a[href*='task=" + work.getId() + "']"), "the link to mttq's work task");
    claimIfOffered();
    waitFor("the radio 'Xin gia hạn' of the field outcome", ExpectedConditions.visibilityOfElementLocated(OUTCOME_EXTENSION));
    assertThat(fields("Field_report")).as("no report field before a choice").isEmpty();
    assertThat(fields("Field_extensionReason")).as("no extension field before a choice").isEmpty();
    click(COMPLETE, "the Complete button");
    waitFor("the form's own 'required' error on the outcome, without a call to the engine",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-radio .fjs-form-field-error")));
    assertThat(taskService.createTaskQuery().taskId(work.getId()).count()).as("the task stays open").isEqualTo(1);
    shot("tasklist-mttq-work-form-required");
    closeNotifications();

    click(OUTCOME_DONE, "the radio 'Báo cáo kết quả thực hiện (hoàn thành)'");
    waitFor("the report field", d -> single(fields("Field_report")));
    assertThat(fields("Field_extensionReason")).as("no extension field when reporting").isEmpty();
    assertThat(fields("Field_extensionDueDate")).as("no extension date when reporting").isEmpty();
    assertThat(fields("Field_extensionProgress")).as("no progress field when reporting").isEmpty();

    click(OUTCOME_EXTENSION, "the radio 'Xin gia hạn'");
    WebElement reason = waitFor("the extension reason field", d -> single(fields("Field_extensionReason")));
    assertThat(fields("Field_report")).as("no report field when asking for more time").isEmpty();
    reason.sendKeys("Chờ kết quả giám sát của Ủy ban MTTQ tỉnh");
    WebElement date = waitFor("the extension date field", d -> single(fields("Field_extensionDueDate")));
    WebElement progress = waitFor("the progress-so-far field", d -> single(fields("Field_extensionProgress")));
    progress.sendKeys("Đã giám sát 2 trong 5 huyện");
    // day first, as the form says: 15/12/2026 is before the deadline in force (31/12/2026)
    date.sendKeys("15/12/2026");
    reason.click();
    shot("tasklist-mttq-extension-filled");
    click(COMPLETE, "the Complete button");
    WebElement refusal = waitFor("the engine's refusal shown by Tasklist",
        ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(normalize-space(.),"
            + "'Ngày gia hạn phải sau hạn hiện tại') and not(*[contains(normalize-space(.),"
            + "'Ngày gia hạn phải sau hạn hiện tại')])]")));
    shot("tasklist-mttq-extension-refused");
    assertThat(refusal.getText()).contains("31/12/2026").doesNotContain("ENGINE-").doesNotContain("Exception");
    closeNotifications();
    assertThat(taskService.createTaskQuery().taskId(work.getId()).count()).as("the task stays open").isEqualTo(1);

    // 05/04/2027 is 5 April 2027, never 4 May
    date.clear();
    date.sendKeys("05/04/2027");
    reason.click();
    click(COMPLETE, "the Complete button");
    waitFor("the work task to be gone from the task list after Complete",
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("ol.tasks-list a[href*='task=" + work.getId()
            + "']")));
    shot("tasklist-mttq-extension-requested");

    Plan requested = workflow.reload(planB);
    long front = requested.assignments().stream().filter(a -> a.unit().equals(PlanFixtures.FRONT)).findFirst()
        .orElseThrow().id();
    assertThat(assignments.extensions(front)).singleElement().satisfies(request -> {
      assertThat(request.newDueDate()).isEqualTo(java.time.LocalDate.of(2027, 4, 5));
      assertThat(request.reason()).isEqualTo("Chờ kết quả giám sát của Ủy ban MTTQ tỉnh");
    });
    assertThat(requested.history()).extracting(e -> e.step() + " " + e.by()).contains("EXTENSION_REQUESTED mttq");
    Task decision = taskService.createTaskQuery().processInstanceBusinessKey(planB.businessKey())
        .taskDefinitionKey(AssignmentProcess.Elements.DECIDE_EXTENSION).singleResult();
    assertThat(taskService.getVariable(decision.getId(), "extensionProgress")).as("what the signer reads")
        .isEqualTo("Đã giám sát 2 trong 5 huyện");
    logout();
  }

  @Test
  @Order(5)
  void tasklistsOwnApiRefusesVariablesTheFormDoesNotAsk() {
    Task work = workTask(planB, PlanFixtures.PROPAGANDA);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(log);
    login(App.TASKLIST, "tuyengiao");
    showTasksOf(planB);
    for (Map.Entry<String, String> forged : Map.of(
        "signerGroup", "Công việc này không nhận trường 'signerGroup'",
        "planNumber", "Trường 'planNumber' chỉ để xem, không sửa được").entrySet()) {
      String answer = (String) driver.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const token = (document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')) || '=').split('=')[1];
          fetch('/camunda/api/engine/engine/default/task/' + arguments[0] + '/submit-form', {
            method: 'POST', headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token},
            body: JSON.stringify({variables: {outcome: {value: 'DONE'}, report: {value: 'Đã xong'},
                                             [arguments[1]]: {value: 'tuyengiao'}}})
          }).then(r => r.text().then(t => done(r.status + ' ' + t))).catch(e => done('error ' + e));
          """, work.getId(), forged.getKey());
      assertThat(answer).as("Tasklist's submit-form with %s: %s", forged.getKey(), answer).startsWith("400 ")
          .contains(forged.getValue()).doesNotContain("ENGINE-");
    }
    assertThat(taskService.createTaskQuery().taskId(work.getId()).count()).as("the task stays open").isEqualTo(1);
    assertThat(workflow.reload(planB).assignments()).filteredOn(a -> a.unit().equals(PlanFixtures.PROPAGANDA))
        .singleElement().satisfies(a -> assertThat(a.done()).isFalse());
    root.detachAppender(log);
    assertThat(log.list).as("each refusal: one WARN line by the guard, no second entry, no stack trace")
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .extracting(e -> e.getLoggerName() + " " + (e.getThrowableProxy() == null ? "" : "with a stack trace"))
        .containsExactly(TaskInputGuard.class.getName() + " ", TaskInputGuard.class.getName() + " ");
    logout();
  }

  static final By OUTCOME_EXTENSION =
      By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='Xin gia hạn']");
  static final By OUTCOME_DONE = By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
      + "//label[normalize-space(.)='Báo cáo kết quả thực hiện (hoàn thành)']");

  List<WebElement> fields(String id) {
    return driver.findElements(By.cssSelector(".task-card textarea[id*='" + id + "'], .task-card input[id*='" + id
        + "']"));
  }

  static WebElement single(List<WebElement> elements) {
    return elements.size() == 1 && elements.get(0).isDisplayed() ? elements.get(0) : null;
  }

  /** Tasklist's notifications lie over the Complete button: close them before clicking it again. */
  void closeNotifications() {
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    waitFor("the notifications to be closed", ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector(".page-notifications .alert")));
  }

  static final By COMPLETE = By.cssSelector(".task-card button.btn-primary[ng-click='complete()']");

  void claimIfOffered() {
    waitFor("the task card", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card h2.task")));
    List<WebElement> claim = driver.findElements(By.cssSelector(".task-card button.claim"));
    if (!claim.isEmpty()) {
      claim.get(0).click();
      waitFor("the task to be claimed (Claim button gone)",
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
    }
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  /** Logs in to a Camunda webapp in a fresh session and waits until the app shows itself. */
  void login(App app, String user) {
    browser.login(appUrl(app), user, app.ready);
  }

  void logout() {
    browser.logout();
  }

  /**
   * Tasklist: selects the all-tasks filter (clicking it if it is not the active one) and searches its tasks by the
   * plan's business key, as the search bar of the task list does.
   */
  void showTasksOf(Plan plan) {
    WebElement filter = waitFor("the filter '" + ALL_TASKS_FILTER + "' in the filter list", d -> allTasksFilter());
    if (!filter.getDomAttribute("class").contains("active")) {
      filter.findElement(By.cssSelector("h4 a")).click();
      waitFor("the filter '" + ALL_TASKS_FILTER + "' to be active",
          d -> allTasksFilter() != null && allTasksFilter().getDomAttribute("class").contains("active"));
    }
    String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\""
        + plan.businessKey() + "\",\"name\":\"\"}]";
    driver.get(appUrl(App.TASKLIST) + "#/?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    waitFor("the business-key search of plan " + plan.id() + " in the task list's search bar",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-search-pill]")));
    // the list shows the search's result once every task in it is one of the plan's (the engine knows them all)
    Set<String> ofPlan = names(taskService.createTaskQuery().processInstanceBusinessKey(plan.businessKey()).list())
        .keySet();
    waitFor("the task list to show tasks of plan " + plan.id() + " only", d -> {
      Set<String> shown = shownTasks().keySet();
      return !shown.isEmpty() && ofPlan.containsAll(shown);
    });
  }

  /** The all-tasks filter in Tasklist's filter list, or null while it is not there. */
  WebElement allTasksFilter() {
    return driver.findElements(By.cssSelector(".task-filters .task-filter")).stream()
        .filter(item -> item.findElement(By.cssSelector("h4 a")).getText().contains(ALL_TASKS_FILTER))
        .findFirst().orElse(null);
  }

  /** Task id to task name, of the tasks the task list shows (the id is in each link: #/?task=ID). */
  Map<String, String> shownTasks() {
    Map<String, String> tasks = new LinkedHashMap<>();
    for (WebElement link : driver.findElements(By.cssSelector("ol.tasks-list li.task h4.task a"))) {
      String href = link.getDomAttribute("href");
      String id = href.replaceFirst(".*[?&]task=([^&]+).*", "$1");
      tasks.put(id, link.getText().strip());
    }
    return tasks;
  }

  /** The plan's one "Thực hiện nhiệm vụ" task (dated or ongoing) whose candidate group is this unit. */
  Task workTask(Plan plan, String unit) {
    List<Task> work = taskService.createTaskQuery().processInstanceBusinessKey(plan.businessKey())
        .taskCandidateGroup(unit)
        .taskDefinitionKeyIn(AssignmentProcess.Elements.EXECUTE, AssignmentProcess.Elements.EXECUTE_ONGOING).list();
    assertThat(work).as("work tasks of %s in plan %s", unit, plan.id()).hasSize(1);
    return work.get(0);
  }

  static Map<String, String> names(List<Task> tasks) {
    return tasks.stream().collect(Collectors.toMap(Task::getId, Task::getName, (a, b) -> a, LinkedHashMap::new));
  }

  String appUrl(App app) {
    return "http://127.0.0.1:" + port + "/camunda/app/" + app.path + "/default/";
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }
}
