package vn.kehoach.engine.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kehoach.engine.security.AuthorizationSynchroniser;
import vn.kehoach.organisation.AdminAccount;
import vn.kehoach.organisation.Organisation;
import vn.kehoach.organisation.StartupSafetyCheck;
import vn.kehoach.organisation.Person;
import vn.kehoach.organisation.Role;
import vn.kehoach.organisation.Unit;

/**
 * Brings Camunda's identity service in line with the organisation file at every start: a group per unit (type
 * UNIT) and per role (type ROLE), the users, and their memberships. Running it twice changes nothing; a user's
 * password is set only when the user is created, so a password changed in Camunda Admin is kept.
 */
@Component
public class IdentitySynchroniser implements SmartInitializingSingleton {

  public static final String UNIT_GROUP_TYPE = "UNIT";
  public static final String ROLE_GROUP_TYPE = "ROLE";
  private static final Logger LOG = LoggerFactory.getLogger(IdentitySynchroniser.class);
  /** Camunda keeps group and user names in 255 characters. */
  private static final int NAME_LENGTH = 255;

  private final IdentityService identity;
  private final Organisation organisation;
  private final AdminAccount admin;
  private final AuthorizationSynchroniser authorizations;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  public IdentitySynchroniser(IdentityService identity, Organisation organisation, AdminAccount admin,
                              AuthorizationSynchroniser authorizations, StartupSafetyCheck checked, JdbcClient jdbc,
                              PlatformTransactionManager transactions) {
    this.identity = identity;
    this.organisation = organisation;
    this.admin = admin;
    this.authorizations = authorizations;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Before the web server takes requests (an ApplicationRunner ran after it, so a first request could meet a user
   * whose memberships did not exist yet).
   */
  @Override
  public void afterSingletonsInstantiated() {
    synchroniseAll();
  }

  /**
   * Users, groups and memberships, then authorizations and filters, in one transaction that holds the startup lock
   * (V10__startup_lock.sql): nodes of a cluster starting together take their turn, and each after the first finds
   * everything in place.
   */
  public void synchroniseAll() {
    transaction.executeWithoutResult(status -> {
      jdbc.sql("select id from startup_lock where id = 1 for update").query(Integer.class).single();
      synchronise();
      authorizations.synchronise();
    });
  }

  public void synchronise() {
    for (Unit unit : organisation.units()) {
      group(unit.id(), unit.name(), UNIT_GROUP_TYPE);
    }
    for (Role role : organisation.roles()) {
      group(role.id(), role.name(), ROLE_GROUP_TYPE);
    }
    if (organisation.people().stream().anyMatch(Person::admin)) {
      group(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống (Camunda admin)", Groups.GROUP_TYPE_SYSTEM);
    }
    for (Person person : organisation.people()) {
      user(person);
      memberships(person);
    }
    if (admin.configured()) {
      group(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống (Camunda admin)", Groups.GROUP_TYPE_SYSTEM);
      Person administrator = new Person(admin.username(), "Quản trị", "hệ thống", null, admin.password(), null, null, true);
      user(administrator);
      memberships(administrator);
    }
    LOG.info("Organisation '{}' synchronised: {} units, {} roles, {} users", organisation.name(),
        organisation.units().size(), organisation.roles().size(), organisation.people().size());
  }

  private void group(String id, String name, String type) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    boolean created = group == null;
    if (created) {
      group = identity.newGroup(id);
    }
    String shortName = cut(name);
    if (created || !shortName.equals(group.getName()) || !type.equals(group.getType())) {
      group.setName(shortName);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void user(Person person) {
    User user = identity.createUserQuery().userId(person.id()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(person.id());
      // without a password in the file (production) the user cannot log in until an administrator sets one
      user.setPassword(person.password() == null ? java.util.UUID.randomUUID().toString() : person.password());
    }
    if (created || !same(user.getFirstName(), person.firstName()) || !same(user.getLastName(), person.lastName())
        || !same(user.getEmail(), person.email())) {
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      identity.saveUser(user);
    }
  }

  /** Adds the memberships the file gives and removes those of managed groups it no longer gives. */
  private void memberships(Person person) {
    Set<String> wanted = new HashSet<>(person.units());
    wanted.addAll(person.roles());
    if (person.admin()) {
      wanted.add(Groups.CAMUNDA_ADMIN);
    }
    List<Group> current = identity.createGroupQuery().groupMember(person.id()).list();
    Set<String> have = new HashSet<>();
    for (Group group : current) {
      have.add(group.getId());
      boolean managed = UNIT_GROUP_TYPE.equals(group.getType()) || ROLE_GROUP_TYPE.equals(group.getType())
          || Groups.CAMUNDA_ADMIN.equals(group.getId());
      if (managed && !wanted.contains(group.getId())) {
        identity.deleteMembership(person.id(), group.getId());
      }
    }
    wanted.stream().filter(g -> !have.contains(g)).forEach(g -> identity.createMembership(person.id(), g));
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static String cut(String name) {
    return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
  }
}
