package vn.kehoach.evidence;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Multipart requests as large as an evidence file allows ({@code app.evidence.max-bytes}), no larger. */
@Configuration
public class EvidenceConfiguration {

  @Bean
  MultipartConfigElement multipartConfigElement(EvidenceLimits limits) {
    return limits.multipartConfig();
  }
}
