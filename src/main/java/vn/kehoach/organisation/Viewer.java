package vn.kehoach.organisation;

import java.util.Set;

/**
 * Who is asking: a logged-in user with the groups (units and roles) they belong to. Plain data, so that the
 * domain decides what a user may see and do without knowing how the user logged in.
 */
public record Viewer(String userId, Set<String> groups, boolean admin) {

  /** The application itself (imports, process steps, tests): not a user, allowed everything. */
  public static final Viewer SYSTEM = new Viewer("system", Set.of(), true);

  public Viewer {
    groups = Set.copyOf(groups);
  }

  public boolean isIn(String group) {
    return group != null && groups.contains(group);
  }
}
