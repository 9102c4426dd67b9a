package vn.kehoach.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Reads the organisation from its YAML file (units, roles, users) at start. */
@Configuration
public class OrganisationFile {

  /** The file's shape. */
  record Content(String name, List<Unit> units, List<Role> roles, List<Person> users) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Bean
  Organisation organisation(OrganisationProperties properties) {
    Resource file = properties.file();
    if (file == null || !file.exists()) {
      throw new IllegalStateException("No organisation file: set app.organisation.file (ORGANISATION_FILE) to a YAML file");
    }
    return read(file);
  }

  public static Organisation read(Resource file) {
    try (InputStream in = file.getInputStream()) {
      Content content = YAML.readValue(in, Content.class);
      return new Organisation(content.name(), content.units(), content.roles(), content.users());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read organisation file " + file.getDescription() + ": " + e.getMessage(), e);
    }
  }
}
