package vn.kehoach.organisation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the application does not start with demo credentials: an administrator with a real
 * password must be configured, and the organisation file must not carry passwords (users get theirs from the
 * administrator in Camunda Admin).
 */
@Component
public class StartupSafetyCheck {

  static final int MIN_PASSWORD = 10;

  public StartupSafetyCheck(@Value("${app.demo:false}") boolean demo, AdminAccount admin, Organisation organisation) {
    if (demo) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (!admin.configured() || admin.password() == null || admin.password().length() < MIN_PASSWORD
        || admin.password().equalsIgnoreCase("demo")) {
      problems.add("set ADMIN_USER and ADMIN_PASSWORD (app.admin.username, app.admin.password; the password at least "
          + MIN_PASSWORD + " characters, not 'demo')");
    }
    organisation.people().stream().filter(p -> p.password() != null)
        .forEach(p -> problems.add("remove the password of user '" + p.id() + "' from the organisation file"));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Refusing to start outside the demo profile (không khởi động với thông tin "
          + "đăng nhập mặc định): " + String.join("; ", problems));
    }
  }
}
