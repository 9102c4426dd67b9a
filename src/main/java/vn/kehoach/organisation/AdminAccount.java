package vn.kehoach.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator of a production installation ({@code app.admin.username}, {@code app.admin.password}, from
 * ADMIN_USER and ADMIN_PASSWORD). The demo profile has its demo admin in the demo organisation file instead.
 */
@ConfigurationProperties("app.admin")
public record AdminAccount(String username, String password) {

  public boolean configured() {
    return username != null && !username.isBlank();
  }
}
