package vn.kehoach.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What our files that replace the webjar's configure, read as text (fast). That a browser really gets Vietnamese, the
 * dates and no banner from them is checked in a real Chromium by vn.kehoach.browser.WebappLanguageBrowserTest, which
 * also evaluates each config.js in the page.
 */
class WebappConfigurationTest {

  static final java.util.List<String> APPS = WebappLocales.APPS;

  static String ours(String path) {
    return WebappLocales.text(WebappLocales.ours(path));
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void eachAppTakesLanguageDatesAndNameFromTheSharedModule(String app) {
    String config = ours("app/" + app + "/scripts/config.js");
    assertThat(config).as("%s/scripts/config.js", app)
        .contains("from '../../kehoach/ngon-ngu.js'")
        .containsPattern("\\blocales: locales\\(\\)")
        .containsPattern("\\bdateFormat: DATE_FORMAT\\b")
        .containsPattern("name: SYSTEM_NAME\\b")
        .containsPattern("vendor: VENDOR\\b")
        .containsPattern("customScripts: \\['\\.\\./kehoach/chon-ngon-ngu'[\\],]");
  }

  @Test
  void vietnameseIsTheDefaultAndOnlyTheChosenLanguageIsOffered() {
    String shared = ours("app/kehoach/ngon-ngu.js");
    assertThat(shared)
        .contains("export const DEFAULT_LANGUAGE = 'vi';")
        .contains("export const LANGUAGES = ['vi', 'en'];")
        .contains("export const SYSTEM_NAME = 'Kế hoạch PCCC';")
        // the browser's language decides only among availableLocales: offer the chosen one alone
        .contains("return {availableLocales: [language], fallbackLocale: language};");
  }

  @Test
  void datesAreDayMonthYearHoursMinutes() {
    String shared = ours("app/kehoach/ngon-ngu.js");
    assertThat(shared)
        .contains("abbr: 'DD/MM/YYYY HH:mm'")
        .contains("normal: 'DD/MM/YYYY HH:mm'")
        .contains("long: 'dddd, DD/MM/YYYY HH:mm'")
        .contains("short: 'DD/MM/YYYY'");
  }

  @ParameterizedTest
  @FieldSource("APPS")
  void theEndOfLifeBannerBarIsHidden(String app) {
    assertThat(ours("app/" + app + "/styles/user-styles.css"))
        .containsPattern("\\[cam-widget-header] \\.ce-eol-banner \\{\\s*display: none;\\s*}");
  }

  @Test
  void tasklistsPageIsCamundasWithStartProcessAndCreateTaskExcluded() {
    String webjar = WebappLocales.text(WebappLocales.fromWebjar("app/tasklist/index.html"));
    String ours = ours("app/tasklist/index.html");
    assertThat(ours).contains("cam-exclude-plugins=\"tasklist.navbar.action:start-process-action, "
        + "tasklist.navbar.action:create-task-action\"");
    // the server counts characters for Content-Length: a non-ASCII character breaks the page
    assertThat(ours.chars().allMatch(c -> c < 128)).as("index.html is ASCII only").isTrue();
    String withoutOurChange = ours.replaceFirst("(?s)  <!-- Ke hoach PCCC:.*?-->\n", "")
        .replaceFirst("\n        cam-exclude-plugins=\"[^\"]*\"", "");
    assertThat(withoutOurChange).as("our index.html less the exclusion = Camunda's (7.24) index.html")
        .isEqualTo(webjar);
  }
}
