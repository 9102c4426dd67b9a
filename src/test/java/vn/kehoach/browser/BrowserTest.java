package vn.kehoach.browser;

import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What every browser test class shares: one Chromium for the class ({@link #open}, in its {@code @BeforeAll}), closed
 * after its last test; on a failure a screenshot and the page's HTML while the browser is still open; waiting,
 * clicking and screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  Chromium browser;
  ChromeDriver driver;

  @RegisterExtension
  final AfterTestExecutionCallback onFailure = context -> {
    if (context.getExecutionException().isPresent() && browser != null) {
      // the display name tells the runs of a parameterized test apart
      browser.failed(context.getDisplayName().replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-|-$", ""));
    }
  };

  void open(Chromium started) {
    browser = started;
    driver = started.driver;
  }

  @AfterAll
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  <T> T waitFor(String what, Function<? super WebDriver, T> condition) {
    return browser.waitFor(what, condition);
  }

  /** Clicks once the element is there and enabled, scrolled to the middle of the window (clear of the footer). */
  void click(By locator, String what) {
    WebElement element = waitFor(what, ExpectedConditions.elementToBeClickable(locator));
    scrollTo(element);
    waitFor(what, ExpectedConditions.elementToBeClickable(element)).click();
  }

  void scrollTo(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** A PNG of the whole window, numbered in the order taken. */
  void shot(String name) {
    browser.shot(name);
  }
}
