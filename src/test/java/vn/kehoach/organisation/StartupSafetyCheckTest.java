package vn.kehoach.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Outside the demo profile there is no default password: the application refuses to start without a real one
 * (the packaged application refusing to start is shown by ProductionStartIT).
 */
class StartupSafetyCheckTest {

  private static final Organisation DEMO = OrganisationFile.read(new ClassPathResource("organisation/demo-organisation.yaml"));
  private static final Organisation WITHOUT_PASSWORDS = new Organisation("production",
      List.of(new Unit("u", "Đơn vị", null, null, null, null)), List.of(),
      List.of(new Person("nguyenvana", "Văn A", "Nguyễn", "a@example.invalid", null, List.of("u"), List.of(), false)));

  @Test
  void theDemoProfileMayUseDemoUsers() {
    assertThatCode(() -> new StartupSafetyCheck(true, new AdminAccount(null, null), DEMO)).doesNotThrowAnyException();
  }

  @Test
  void productionNeedsAnAdministratorWithARealPassword() {
    assertThatThrownBy(() -> new StartupSafetyCheck(false, new AdminAccount(null, null), WITHOUT_PASSWORDS))
        .hasMessageContaining("set ADMIN_USER and ADMIN_PASSWORD");
    assertThatThrownBy(() -> new StartupSafetyCheck(false, new AdminAccount("admin", "demo"), WITHOUT_PASSWORDS))
        .hasMessageContaining("ADMIN_PASSWORD");
    assertThatThrownBy(() -> new StartupSafetyCheck(false, new AdminAccount("admin", "short"), WITHOUT_PASSWORDS))
        .hasMessageContaining("at least 10 characters");
    assertThatCode(() -> new StartupSafetyCheck(false, new AdminAccount("admin", "a-long-real-secret"), WITHOUT_PASSWORDS))
        .doesNotThrowAnyException();
  }

  @Test
  void productionRefusesPasswordsInTheOrganisationFile() {
    assertThatThrownBy(() -> new StartupSafetyCheck(false, new AdminAccount("admin", "a-long-real-secret"), DEMO))
        .hasMessageContaining("remove the password of user 'phobithu'");
  }
}
