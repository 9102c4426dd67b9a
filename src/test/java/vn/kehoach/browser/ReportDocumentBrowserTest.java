package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess.Elements;
import vn.kehoach.plan.Plan;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.PlanFixtures;
import vn.kehoach.support.Workflow;

/**
 * The signer reaches the consolidated report document from its Tasklist task "Duyệt báo cáo tổng hợp": the form's
 * links carry the plan's id, and the document downloads with the Tasklist login, the very bytes whose SHA-256 the
 * form shows. Screenshots under target/browser-report/.
 */
@IntegrationTest
class ReportDocumentBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser-report");

  @LocalServerPort int port;
  @Autowired Workflow workflow;
  @Autowired TaskService tasks;

  Plan plan;

  @BeforeAll
  void startBrowserAndConsolidate() throws java.io.IOException {
    open(Chromium.start(SCREENSHOTS, "1400,1000"));
    plan = workflow.issued(PlanFixtures.provincialPlan("Kế hoạch duyệt văn bản trên Tasklist "
        + ThreadLocalRandom.current().nextInt(100_000, 1_000_000)));
    workflow.tasks(plan, Elements.ACKNOWLEDGE).forEach(workflow::acknowledge);
    for (Task task : workflow.workTasks(plan)) {
      workflow.report(task, "Đã thực hiện");
    }
    workflow.complete(plan, Elements.CONSOLIDATE, Map.of("report", "Kết quả nổi bật: không để xảy ra cháy lớn."));
  }

  @Test
  void theSignerDownloadsTheDocumentItApprovesFromItsTask() {
    Task accept = workflow.task(plan, Elements.ACCEPT_REPORT);
    String shown = (String) tasks.getVariable(accept.getId(), "reportSha256");
    browser.login(tasklist(), "phobithu", By.cssSelector(".task-filters"));
    driver.get(tasklist() + "#/?task=" + accept.getId());
    WebElement docx = waitFor("the .docx link of the signer's form", ExpectedConditions.visibilityOfElementLocated(
        By.partialLinkText("Tải bản .docx")));
    String base = "http://127.0.0.1:" + port + "/api/plans/" + plan.id();
    assertThat(docx.getDomProperty("href")).isEqualTo(base + "/report.docx");
    assertThat(driver.findElement(By.partialLinkText("Tải bản PDF")).getDomProperty("href"))
        .isEqualTo(base + "/report.pdf");
    shot("tasklist-phobithu-accept-report");

    // fetched as the link would be, with the Tasklist session: the bytes hash to what the form shows
    @SuppressWarnings("unchecked")
    List<Object> fetched = (List<Object>) driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
          .then(async r => {
            const bytes = await r.arrayBuffer();
            const hash = await crypto.subtle.digest('SHA-256', bytes);
            done([r.status, Array.from(new Uint8Array(hash)).map(b => b.toString(16).padStart(2, '0')).join('')]);
          })
          .catch(e => done([0, String(e)]));""", base + "/report.docx");
    assertThat(((Number) fetched.get(0)).intValue()).isEqualTo(200);
    assertThat(fetched.get(1)).as("the SHA-256 of the downloaded bytes").isEqualTo(shown);
    assertThat(shown).hasSize(64);
  }

  private String tasklist() {
    return "http://127.0.0.1:" + port + "/camunda/app/tasklist/default/";
  }
}
