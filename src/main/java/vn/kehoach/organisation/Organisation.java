package vn.kehoach.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The units, roles and people of one deployment, checked for dangling references when built. */
public final class Organisation {

  private final String name;
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, Role> roles = new LinkedHashMap<>();
  private final Map<String, Person> people = new LinkedHashMap<>();

  public Organisation(String name, List<Unit> units, List<Role> roles, List<Person> people) {
    this.name = name;
    List<String> problems = new ArrayList<>();
    for (Unit unit : nonNull(units)) {
      putUnique(this.units, unit.id(), unit, "unit", problems);
    }
    for (Role role : nonNull(roles)) {
      putUnique(this.roles, role.id(), role, "role", problems);
      if (this.units.containsKey(role.id())) {
        problems.add("role id '" + role.id() + "' is also a unit id");
      }
    }
    for (Person person : nonNull(people)) {
      putUnique(this.people, person.id(), person, "user", problems);
    }
    checkReferences(problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid organisation '" + name + "': " + String.join("; ", problems));
    }
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <T> void putUnique(Map<String, T> map, String id, T value, String kind, List<String> problems) {
    if (id == null || id.isBlank()) {
      problems.add(kind + " without id");
    } else if (map.putIfAbsent(id, value) != null) {
      problems.add("duplicate " + kind + " id '" + id + "'");
    }
  }

  private void checkReferences(List<String> problems) {
    for (Unit unit : units.values()) {
      if (unit.name() == null || unit.name().isBlank()) {
        problems.add("unit '" + unit.id() + "' has no name");
      }
      if (unit.parent() != null && !units.containsKey(unit.parent())) {
        problems.add("unit '" + unit.id() + "' has unknown parent '" + unit.parent() + "'");
      }
      IssuerProfile issuer = unit.issuer();
      if (issuer != null) {
        if (issuer.kind() == null || issuer.code() == null || issuer.code().isBlank()) {
          problems.add("issuer '" + unit.id() + "' needs kind and code");
        }
        if (!units.containsKey(issuer.office())) {
          problems.add("issuer '" + unit.id() + "' has unknown office '" + issuer.office() + "'");
        }
        if (!roles.containsKey(issuer.signerRole())) {
          problems.add("issuer '" + unit.id() + "' has unknown signer role '" + issuer.signerRole() + "'");
        }
        if (issuer.kind() == IssuerKind.PARTY && issuer.termStarts().isEmpty()) {
          problems.add("Party issuer '" + unit.id() + "' needs termStarts (numbers run per term)");
        }
        issuer.drafters().stream().filter(d -> !units.containsKey(d))
            .forEach(d -> problems.add("issuer '" + unit.id() + "' names unknown drafter '" + d + "'"));
      }
      if (ancestorLoop(unit)) {
        problems.add("unit '" + unit.id() + "' is its own ancestor (its parent chain loops)");
      }
    }
    for (Role role : roles.values()) {
      if (!units.containsKey(role.unit())) {
        problems.add("role '" + role.id() + "' belongs to unknown unit '" + role.unit() + "'");
      }
    }
    for (Person person : people.values()) {
      person.units().stream().filter(u -> !units.containsKey(u))
          .forEach(u -> problems.add("user '" + person.id() + "' is in unknown unit '" + u + "'"));
      person.roles().stream().filter(r -> !roles.containsKey(r))
          .forEach(r -> problems.add("user '" + person.id() + "' holds unknown role '" + r + "'"));
    }
  }

  /** Whether following parents from the unit comes back to it: the chain would never reach the top. */
  private boolean ancestorLoop(Unit unit) {
    Set<String> seen = new HashSet<>();
    for (Unit u = unit; u != null && u.parent() != null; u = units.get(u.parent())) {
      if (!seen.add(u.id())) {
        return true;
      }
    }
    return false;
  }

  public String name() {
    return name;
  }

  public Collection<Unit> units() {
    return units.values();
  }

  public Collection<Role> roles() {
    return roles.values();
  }

  public Collection<Person> people() {
    return people.values();
  }

  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(id).map(units::get);
  }

  public Optional<Role> role(String id) {
    return Optional.ofNullable(id).map(roles::get);
  }

  /**
   * Whether {@code drafter} may draft the plans of {@code issuer}: the issuer's own units (the issuer itself, its
   * office, every unit whose chain of parents reaches the issuer) and the units its profile lists as
   * {@code drafters}. A plan drafted by anyone else would land in the issuer's review queue from outside.
   */
  public boolean draftsFor(String drafter, String issuer) {
    IssuerProfile profile = unit(issuer).map(Unit::issuer).orElse(null);
    if (profile == null || drafter == null) {
      return false;
    }
    if (drafter.equals(profile.office()) || profile.drafters().contains(drafter)) {
      return true;
    }
    for (Unit u = units.get(drafter); u != null; u = u.parent() == null ? null : units.get(u.parent())) {
      if (u.id().equals(issuer)) {
        return true; // no loop: the constructor refuses parent chains that loop
      }
    }
    return false;
  }

  /** The units that may draft for the issuer (see {@link #draftsFor}), in the file's order. */
  public List<Unit> draftersFor(String issuer) {
    return units.values().stream().filter(u -> draftsFor(u.id(), issuer)).toList();
  }

  /** The issuer whose office this unit is ("van-phong-tinh-uy" serves "btv-tinh-uy"), if it is one's office. */
  public Optional<Unit> issuerServedBy(String office) {
    return units.values().stream().filter(u -> u.issues() && u.issuer().office().equals(office)).findFirst();
  }

  /** The unit with this id; for callers that have already validated it. */
  public Unit requireUnit(String id) {
    return unit(id).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + id + "'"));
  }
}
