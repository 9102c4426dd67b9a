package vn.kehoach.organisation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the units plans can name, with their Vietnamese names. */
@RestController
@RequestMapping("/api/units")
public class UnitController {

  /** One unit as the API shows it. */
  public record UnitView(String id, String name, String shortName, String parent, boolean issuer) {}

  private final Organisation organisation;

  public UnitController(Organisation organisation) {
    this.organisation = organisation;
  }

  @GetMapping
  public List<UnitView> units() {
    return organisation.units().stream()
        .map(u -> new UnitView(u.id(), u.name(), u.shortName(), u.parent(), u.issues()))
        .toList();
  }
}
