package vn.kehoach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain stays free of the engine, so that it could move to a maintained fork of Camunda 7 without a rewrite.
 * (Plain JUnit tests calling ArchUnit: the ArchUnit 1.5 engine is not discovered by the JUnit platform 1.12 that
 * Spring Boot 3.5 brings.)
 */
class ArchitectureTest {

  private static final String[] DOMAIN = {"vn.kehoach.plan..", "vn.kehoach.organisation..", "vn.kehoach.numbering..",
      "vn.kehoach.deadline..", "vn.kehoach.reporting..", "vn.kehoach.cascade..", "vn.kehoach.evidence.."};
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("vn.kehoach");
  }

  @Test
  void theDomainDoesNotKnowTheEngine() {
    noClasses().that().resideInAnyPackage(DOMAIN).or().resideInAPackage("vn.kehoach.system..")
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
        .because("engine-specific code lives in vn.kehoach.engine (delegates, listeners, configuration)")
        .check(classes);
  }

  @Test
  void theDomainDoesNotCallTheEngineEdge() {
    noClasses().that().resideInAnyPackage(DOMAIN)
        .should().dependOnClassesThat().resideInAPackage("vn.kehoach.engine..")
        .check(classes);
  }

  @Test
  void theFeaturePackagesAreFreeOfCycles() {
    slices().matching("vn.kehoach.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void eachProcessGlueStandsOnItsOwn() {
    noClasses().that().resideInAPackage("vn.kehoach.engine.assignment..")
        .should().dependOnClassesThat().resideInAPackage("vn.kehoach.engine.lifecycle..")
        .because("what both processes share lives in vn.kehoach.engine.task and vn.kehoach.engine")
        .check(classes);
    noClasses().that().resideInAPackage("vn.kehoach.engine.lifecycle..")
        .should().dependOnClassesThat().resideInAPackage("vn.kehoach.engine.assignment..")
        .check(classes);
    slices().matching("vn.kehoach.engine.(*)..").should().beFreeOfCycles().check(classes);
  }
}
