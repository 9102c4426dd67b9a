package vn.kehoach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kehoach.support.IntegrationTest;

/**
 * The page on which an office takes in a plan another body issued, in a real (headless) Chromium: the Văn phòng Tỉnh
 * ủy, logged in to Tasklist, reads a real directive of the Prime Minister (21/CT-TTg, from the corpus, outside the
 * demo organisation), is told which tasks still need a unit, chooses one for the Ministry of Public Security's task,
 * leaves the others out, and finds the plan in execution. Screenshots under target/browser-take-in/.
 */
@IntegrationTest
class TakeInPageBrowserTest extends BrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "browser-take-in");
  static final Path LETTER = Path.of("src/test/resources/import/corpus/s-ct-ttg-2026-21-thon-to-dan-pho.txt").toAbsolutePath();
  static final String OFFICE = "vanphong";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @BeforeAll
  void startBrowser() throws java.io.IOException {
    open(Chromium.start(SCREENSHOTS, "1400,1100"));
  }

  @Test
  void theOfficeReadsChoosesAndTakesInAPlanIssuedElsewhere() throws Exception {
    browser.login("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/", OFFICE,
        By.cssSelector(".task-filters"));
    driver.get("http://127.0.0.1:" + port + "/nhap-van-ban/index.html");
    WebElement file = waitFor("the file input", ExpectedConditions.presenceOfElementLocated(By.id("file")));
    file.sendKeys(LETTER.toString());
    click(By.id("read"), "the read button");
    waitFor("what the document says", ExpectedConditions.visibilityOfElementLocated(By.id("reading")));
    assertThat(driver.findElement(By.id("doc-number")).getDomProperty("value")).isEqualTo("21/CT-TTg");
    assertThat(driver.findElement(By.id("doc-date")).getDomProperty("value")).as("dd/MM/yyyy").isEqualTo("20/05/2026");
    assertThat(driver.findElement(By.id("doc-issuer")).getText())
        .isEqualTo("THỦ TƯỚNG CHÍNH PHỦ — cơ quan ngoài hệ thống");
    List<WebElement> rows = driver.findElements(By.cssSelector("#assignments tr"));
    WebElement police = rows.stream().filter(row -> row.getText().contains("Bộ Công an")
        && row.getText().contains("hạn cuối 24/05/2026")).findFirst().orElseThrow();
    String policeIndex = police.getDomAttribute("data-index");
    assertThat(rows).allMatch(row -> row.getDomAttribute("class").contains("needs-choice"));
    shot("read");

    click(By.id("track"), "the take-in button, before any choice");
    WebElement refused = waitFor("the list of what still needs a choice",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message.error")));
    assertThat(refused.getText()).contains("chưa theo dõi được", "chọn đơn vị thực hiện");
    shot("refused-until-chosen");

    rows = driver.findElements(By.cssSelector("#assignments tr"));
    for (WebElement row : rows) {
      Select unit = new Select(row.findElement(By.cssSelector("[data-field=unit]")));
      if (row.getDomAttribute("data-index").equals(policeIndex)) {
        unit.selectByVisibleText("Đảng ủy Công an tỉnh");
      } else {
        unit.selectByVisibleText("Không theo dõi nhiệm vụ này");
        assertThat(row.getDomAttribute("class")).contains("dropped");
      }
    }
    assertThat(driver.findElements(By.cssSelector("#assignments tr.needs-choice"))).isEmpty();
    shot("chosen");

    click(By.id("track"), "the take-in button");
    WebElement taken = waitFor("the page to say the plan is followed",
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#message.ok")));
    assertThat(taken.getText()).contains("Đã đưa vào theo dõi", "21/CT-TTg");
    String href = driver.findElement(By.id("plan-link")).getDomProperty("href");
    long id = Long.parseLong(href.substring(href.indexOf("plan=") + 5));
    shot("taken-in");

    JsonNode plan = json.readTree(rest.withBasicAuth(OFFICE, "demo").getForObject("/api/plans/" + id, String.class));
    assertThat(plan.get("state").asText()).isEqualTo("IN_EXECUTION");
    assertThat(plan.get("number").asText()).isEqualTo("21/CT-TTg");
    assertThat(plan.get("issuer").get("name").asText()).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
    assertThat(plan.get("assignments")).hasSize(1);
    assertThat(plan.get("assignments").get(0).get("unit").get("id").asText()).isEqualTo("dang-uy-cong-an-tinh");
    assertThat(plan.get("assignments").get(0).get("dueDate").asText()).isEqualTo("2026-05-24");
  }
}
