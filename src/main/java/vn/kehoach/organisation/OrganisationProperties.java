package vn.kehoach.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/** Where the organisation file is: {@code app.organisation.file} (a Spring resource location). */
@ConfigurationProperties("app.organisation")
public record OrganisationProperties(Resource file) {}
