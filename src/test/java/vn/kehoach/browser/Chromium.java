package vn.kehoach.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver (Selenium Manager downloads nothing), with what the
 * browser tests share: bounded waits, numbered screenshots, evidence on failure, logging in and out of a Camunda webapp.
 */
final class Chromium implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  // the first load of a webapp compiles its scripts in the browser: on two loaded cores that can take 20 s
  static final Duration WAIT = Duration.ofSeconds(40);

  final ChromeDriver driver;
  private final Path profile;
  private final Path screenshots;
  private final AtomicInteger shots = new AtomicInteger();

  private Chromium(ChromeDriver driver, Path profile, Path screenshots) {
    this.driver = driver;
    this.profile = profile;
    this.screenshots = screenshots;
  }

  /** A fresh browser profile, and the screenshot folder emptied of earlier screenshots (its sub-folders stay). */
  static Chromium start(Path screenshots, String windowSize) throws IOException {
    return start(screenshots, windowSize, null);
  }

  /**
   * As {@link #start(Path, String)}, with the browser's own language ({@code navigator.languages},
   * {@code Accept-Language}) set to {@code language}, e.g. en-US; null keeps the machine's.
   */
  static Chromium start(Path screenshots, String windowSize, String language) throws IOException {
    return start(screenshots, windowSize, language, null);
  }

  /**
   * As {@link #start(Path, String, String)}, with the browser's time zone set to {@code timeZone} (e.g.
   * Asia/Ho_Chi_Minh) through the environment ({@code TZ}) of ChromeDriver, which Chromium inherits; null keeps the
   * machine's.
   */
  static Chromium start(Path screenshots, String windowSize, String language, String timeZone) throws IOException {
    Files.createDirectories(screenshots);
    try (var files = Files.list(screenshots)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    }
    Path profile = Files.createTempDirectory("chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=" + windowSize,
        "--user-data-dir=" + profile.toAbsolutePath());
    if (language != null) {
      options.addArguments("--lang=" + language);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    }
    ChromeDriverService.Builder builder = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort();
    if (timeZone != null) {
      builder.withEnvironment(Map.of("TZ", timeZone));
    }
    ChromeDriverService service = builder.build();
    return new Chromium(new ChromeDriver(service, options), profile, screenshots);
  }

  <T> T waitFor(String what, Function<? super WebDriver, T> condition) {
    // AngularJS re-renders lists as data arrives: an element found a moment ago may be gone, so look again
    return new WebDriverWait(driver, WAIT).withMessage("waiting for " + what)
        .ignoring(StaleElementReferenceException.class).until(condition);
  }

  /** A PNG of the whole window, numbered in the order taken. */
  void shot(String name) {
    try {
      Path file = screenshots.resolve("%02d-%s.png".formatted(shots.incrementAndGet(), name));
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException("screenshot " + name, e);
    }
  }

  /** A screenshot and the page's HTML, for a person to see what the failed test saw. */
  void failed(String name) throws IOException {
    shot(name + "-FAILED");
    Files.writeString(screenshots.resolve(name + "-FAILED.html"), driver.getPageSource());
  }

  /** Logs in to a Camunda webapp in a fresh session and waits until the app shows {@code ready}. */
  void login(String appUrl, String user, By ready) {
    logout();
    driver.get(appUrl + "#/login");
    // the form may be drawn again while its language loads: type until both fields hold what was typed
    waitFor("the login form of " + appUrl + ", with its texts", d -> {
      WebElement name = d.findElement(By.cssSelector("input[ng-model=username]"));
      WebElement password = d.findElement(By.cssSelector("input[type=password]"));
      if (!name.isDisplayed() || !password.isDisplayed()) {
        return null;
      }
      name.clear();
      name.sendKeys(user);
      password.clear();
      password.sendKeys("demo");
      return user.equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value")) ? true : null;
    });
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(user + " to be logged in to " + appUrl + " (login refused, or the app did not load?)",
        ExpectedConditions.and(ExpectedConditions.not(ExpectedConditions.urlContains("#/login")),
            ExpectedConditions.presenceOfElementLocated(ready)));
  }

  /** Ends the session: cookies and local storage gone, so the next login starts afresh. */
  void logout() {
    if (driver.getCurrentUrl().startsWith("http")) {
      driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.get("about:blank");
  }

  @Override
  public void close() {
    driver.quit();
    FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
