package vn.kehoach.organisation;

import java.util.List;

/** A user who logs in; belongs to units and holds roles. The password is only used when the user is first created. */
public record Person(String id, String firstName, String lastName, String email, String password,
                     List<String> units, List<String> roles, boolean admin) {

  public Person {
    units = units == null ? List.of() : List.copyOf(units);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
