package vn.kehoach.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged application, started outside the demo profile without an administrator, refuses to start. */
class ProductionStartIT {

  @Test
  void refusesToStartWithoutAnAdministratorOrWithPasswordsInTheOrganisationFile() throws Exception {
    Path log = Path.of("target/nodes/production-refused.log");
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", "target/ke-hoach-pccc-0.1.0-SNAPSHOT.jar", "--spring.profiles.active=production",
        "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:refused;DB_CLOSE_DELAY=-1",
        "--app.organisation.file=classpath:organisation/demo-organisation.yaml",
        "--camunda.bpm.job-execution.enabled=false"))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the application stops by itself").isTrue();
    assertThat(process.exitValue()).isNotZero();
    String output = Files.readString(log);
    assertThat(output).contains("Refusing to start outside the demo profile")
        .contains("set ADMIN_USER and ADMIN_PASSWORD").contains("remove the password of user 'phobithu'");
  }
}
