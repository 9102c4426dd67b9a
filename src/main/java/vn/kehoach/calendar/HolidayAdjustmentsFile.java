package vn.kehoach.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads {@link HolidayAdjustments} from YAML; unknown keys fail, so a clerk's typo is not silently ignored. */
public final class HolidayAdjustmentsFile {

  /** The file on the classpath that the government's yearly announcements are copied into. */
  public static final String DEFAULT_RESOURCE = "calendar/vn-holiday-adjustments.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private HolidayAdjustmentsFile() {}

  public static HolidayAdjustments loadDefault() {
    return loadResource(DEFAULT_RESOURCE);
  }

  public static HolidayAdjustments loadResource(String resource) {
    try (InputStream in = HolidayAdjustmentsFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No holiday adjustments on the classpath at " + resource);
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  public static HolidayAdjustments read(InputStream yaml, String description) {
    try {
      return YAML.readValue(yaml, HolidayAdjustments.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("Invalid holiday adjustments in " + description + ": " + e.getMessage(), e);
    }
  }
}
