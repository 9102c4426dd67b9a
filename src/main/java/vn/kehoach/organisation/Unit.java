package vn.kehoach.organisation;

import java.util.List;

/** A body of the organisation (ban, đảng ủy, văn phòng, UBND, chi bộ ...); it is also a candidate group. */
public record Unit(String id, String name, String shortName, List<String> aliases, String parent, IssuerProfile issuer) {

  public Unit {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public boolean issues() {
    return issuer != null;
  }
}
