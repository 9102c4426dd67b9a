package vn.kehoach.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kehoach.engine.identity.IdentitySynchroniser;
import vn.kehoach.support.IntegrationTest;

/** The organisation file in Camunda's identity service, loaded at start and again without change. */
@IntegrationTest
class IdentitySynchroniserTest {

  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizations;
  @Autowired org.camunda.bpm.engine.FilterService filters;
  @Autowired IdentitySynchroniser synchroniser;
  @Autowired Organisation organisation;

  @Test
  void unitsAndRolesAreGroupsAndUsersAreMembers() {
    Group office = identity.createGroupQuery().groupId("van-phong-tinh-uy").singleResult();
    assertThat(office.getName()).isEqualTo("Văn phòng Tỉnh ủy");
    assertThat(office.getType()).isEqualTo(IdentitySynchroniser.UNIT_GROUP_TYPE);
    assertThat(identity.createGroupQuery().groupId("pho-bi-thu-tinh-uy").singleResult().getType())
        .isEqualTo(IdentitySynchroniser.ROLE_GROUP_TYPE);
    assertThat(groupsOf("phobithu")).containsExactlyInAnyOrder("btv-tinh-uy", "pho-bi-thu-tinh-uy");
    assertThat(groupsOf("vanphong")).containsExactly("van-phong-tinh-uy");
    assertThat(groupsOf("demo")).containsExactly("camunda-admin");
    assertThat(identity.checkPassword("congan", "demo")).isTrue();
  }

  @Test
  void synchronisingAgainChangesNothingAndRepairsDrift() {
    long groups = identity.createGroupQuery().count();
    long users = identity.createUserQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();
    long filterCount = filters.createFilterQuery().count();
    identity.createMembership("vanphong", "uy-ban-kiem-tra-tinh-uy");
    User congan = identity.createUserQuery().userId("congan").singleResult();
    congan.setPassword("changed-in-admin");
    identity.saveUser(congan);

    synchroniser.synchroniseAll();
    synchroniser.synchroniseAll();

    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(authorizations.createAuthorizationQuery().count()).as("no authorization twice").isEqualTo(grants);
    assertThat(filters.createFilterQuery().count()).as("no Tasklist filter twice").isEqualTo(filterCount);
    assertThat(filterCount).as("TasklistFilters").isEqualTo(7);
    assertThat(groupsOf("vanphong")).as("a membership the file does not give is removed").containsExactly("van-phong-tinh-uy");
    assertThat(identity.checkPassword("congan", "changed-in-admin")).as("a changed password is kept").isTrue();
  }

  /** The other tests log in as congan with the demo password, whatever happened here. */
  @org.junit.jupiter.api.AfterEach
  void restoreThePassword() {
    User congan = identity.createUserQuery().userId("congan").singleResult();
    congan.setPassword("demo");
    identity.saveUser(congan);
  }

  private java.util.List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }
}
