package vn.kehoach.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganisationTest {

  @Test
  void theDemoOrganisationHasTheBodiesOfTheSeeds() {
    Organisation demo = OrganisationFile.read(new ClassPathResource("organisation/demo-organisation.yaml"));

    assertThat(demo.units()).extracting(Unit::id).contains("btv-tinh-uy", "van-phong-tinh-uy", "dang-uy-cong-an-tinh",
        "ban-tuyen-giao-dan-van", "uy-ban-kiem-tra-tinh-uy", "dang-uy-mttq-tinh", "dang-uy-phuong", "ubnd-phuong",
        "chi-bo-cong-an-phuong", "cac-chi-bo-truc-thuoc");
    IssuerProfile province = demo.requireUnit("btv-tinh-uy").issuer();
    assertThat(province.kind()).isEqualTo(IssuerKind.PARTY);
    assertThat(province.office()).isEqualTo("van-phong-tinh-uy");
    assertThat(province.signerRole()).isEqualTo("pho-bi-thu-tinh-uy");
    assertThat(demo.requireUnit("ubnd-phuong").issuer().kind()).isEqualTo(IssuerKind.STATE);
    assertThat(demo.people()).extracting(Person::id)
        .contains("demo", "phobithu", "vanphong", "congan", "tuyengiao", "kiemtra", "mttq");
    assertThat(demo.people()).allMatch(p -> "demo".equals(p.password()));
  }

  @Test
  void danglingReferencesAreAllReported() {
    String yaml = """
        name: broken
        units:
          - id: a
            name: A
            parent: nowhere
            issuer: { kind: PARTY, code: A, office: no-office, signerRole: no-role }
          - id: a
            name: duplicate
        roles:
          - { id: r, name: R, unit: no-unit }
        users:
          - { id: u, password: x, units: [ghost], roles: [phantom] }
        """;
    assertThatThrownBy(() -> OrganisationFile.read(new ByteArrayResource(yaml.getBytes())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate unit id 'a'")
        .hasMessageContaining("unknown parent 'nowhere'")
        .hasMessageContaining("unknown office 'no-office'")
        .hasMessageContaining("unknown signer role 'no-role'")
        .hasMessageContaining("needs termStarts")
        .hasMessageContaining("role 'r' belongs to unknown unit 'no-unit'")
        .hasMessageContaining("user 'u' is in unknown unit 'ghost'")
        .hasMessageContaining("user 'u' holds unknown role 'phantom'");
  }

  @Test
  void aMisspeltKeyInTheFileIsAnError() {
    String yaml = "name: x\nunits:\n  - { id: a, nmae: A }\n";
    assertThatThrownBy(() -> OrganisationFile.read(new ByteArrayResource(yaml.getBytes())))
        .hasMessageContaining("nmae");
  }

  @Test
  void unitIdsAndRoleIdsMayNotCollide() {
    assertThatThrownBy(() -> new Organisation("x", List.of(new Unit("a", "A", null, null, null, null)),
        List.of(new Role("a", "A", "a")), List.of()))
        .hasMessageContaining("role id 'a' is also a unit id");
  }
}
