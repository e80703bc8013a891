package vn.edu.platform.test.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlatformArchitectureTests {

  private static final String GOOD = "vn.edu.platform.test.arch.fixtures.good";
  private static final String BAD = "vn.edu.platform.test.arch.fixtures.bad";

  private static JavaClasses good;
  private static JavaClasses bad;

  @BeforeAll
  static void importFixtures() {
    // the fixtures are test classes, so they are imported without DO_NOT_INCLUDE_TESTS
    good = new ClassFileImporter().importPackages(GOOD);
    bad = new ClassFileImporter().importPackages(BAD);
  }

  @Test
  void acceptsServiceThatFollowsEveryRule() {
    assertThat(good).isNotEmpty();
    for (ArchRule rule : PlatformArchitecture.rules(GOOD)) {
      assertThatCode(() -> rule.check(good)).as(rule.getDescription()).doesNotThrowAnyException();
    }
    assertThatCode(() -> PlatformArchitecture.verify(GOOD, good)).doesNotThrowAnyException();
  }

  @Test
  void rejectsDomainDependingOnJdbc() {
    assertThatThrownBy(() -> PlatformArchitecture.domainIsFreeOfFrameworks(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PlanWithJdbc")
        .hasMessageContaining("java.sql.Connection");
  }

  @Test
  void rejectsDomainDependingOnJackson() {
    assertThatThrownBy(() -> PlatformArchitecture.domainIsFreeOfFrameworks(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PlanWithJackson")
        .hasMessageContaining("tools.jackson.databind.ObjectMapper");
  }

  @Test
  void rejectsWebAdapterCallingPersistenceAdapter() {
    assertThatThrownBy(() -> PlatformArchitecture.adaptersAreIndependent(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("bad.plan.adapter.in.web.PlanController")
        .hasMessageContaining("PlanJdbcRepository")
        .hasMessageContaining("adapter " + BAD + ".plan.adapter.in.web uses adapter");
  }

  @Test
  void rejectsAdapterReachingIntoAnotherFeaturesAdapter() {
    assertThatThrownBy(() -> PlatformArchitecture.adaptersAreIndependent(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("SchoolController")
        .hasMessageContaining("uses adapter " + BAD + ".plan.adapter.in.web");
  }

  @Test
  void rejectsCycleBetweenFeatures() {
    assertThatThrownBy(() -> PlatformArchitecture.featuresAreFreeOfCycles(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("feature plan")
        .hasMessageContaining("feature school");
  }

  @Test
  void rejectsDomainDependingOnApplication() {
    assertThatThrownBy(() -> PlatformArchitecture.layersPointInwards(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PlanPolicy")
        .hasMessageContaining(BAD + ".plan.application.PlanService");
  }

  @Test
  void rejectsApplicationDependingOnAdapter() {
    assertThatThrownBy(() -> PlatformArchitecture.layersPointInwards(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Field <%1$s.plan.application.PlanService.repository> has type <%1$s.plan.adapter.out.persistence.PlanJdbcRepository>"
                .formatted(BAD));
  }

  @Test
  void rejectsFeatureUsingAnotherFeaturesDomain() {
    assertThatThrownBy(() -> PlatformArchitecture.featuresMeetOnlyAtInPorts(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(BAD + ".school.application.Enrolment")
        .hasMessageContaining(
            "feature school uses "
                + BAD
                + ".plan.domain.Plan of feature plan outside its"
                + " application.port.in");
  }

  @Test
  void rejectsFeatureUsingAnotherFeaturesAdapter() {
    assertThatThrownBy(() -> PlatformArchitecture.featuresMeetOnlyAtInPorts(BAD).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "feature school uses " + BAD + ".plan.adapter.in.web.PlanController of feature plan");
  }

  @Test
  void acceptsFeaturesMeetingAtAnInPortOrAnImplementedOutPort() {
    // plan reads schools through school.application.port.in; report implements plan's out-port
    assertThatCode(() -> PlatformArchitecture.featuresMeetOnlyAtInPorts(GOOD).check(good))
        .doesNotThrowAnyException();
    assertThat(good.get(GOOD + ".report.adapter.in.reminders.DueReportsAnswer")).isNotNull();
  }

  @Test
  void toleratesANamedDependencyAndNothingElse() {
    PlatformArchitecture.Tolerated enrolment =
        PlatformArchitecture.tolerate(
            BAD + ".school.application.Enrolment", BAD + ".plan.domain.", "fixture");

    assertThatThrownBy(
            () ->
                PlatformArchitecture.featuresMeetOnlyAtInPorts(BAD, List.of(enrolment)).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageNotContaining("Enrolment")
        .hasMessageContaining("SchoolController");
  }

  @Test
  void rejectsAToleratedDependencyThatNoLongerExists() {
    PlatformArchitecture.Tolerated stale =
        PlatformArchitecture.tolerate(
            GOOD + ".plan.application.PlanService", GOOD + ".school.domain.", "gone since");

    assertThatThrownBy(
            () -> PlatformArchitecture.featuresMeetOnlyAtInPorts(GOOD, List.of(stale)).check(good))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Tolerated dependency "
                + GOOD
                + ".plan.application.PlanService -> "
                + GOOD
                + ".school.domain.* no longer exists: remove the toleration");
  }

  @Test
  void aToleratedDependencySaysWhy() {
    assertThatThrownBy(() -> PlatformArchitecture.tolerate("a.B", "c.", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verifyReportsEveryBrokenRuleAtOnce() {
    assertThatThrownBy(() -> PlatformArchitecture.verify(BAD, bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PlanWithJdbc")
        .hasMessageContaining("SchoolController")
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("PlanPolicy")
        .hasMessageContaining("Enrolment");
  }

  @Test
  void verifyImportsProductionClassesOnly() {
    // the fixtures live in test-classes: verify(String) must not see them, and says so loudly
    assertThatThrownBy(() -> PlatformArchitecture.verify(GOOD))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No production classes found in package " + GOOD);
  }

  @Test
  void testKitItselfFollowsTheLayeringRules() {
    // the kit's packages are tools used together, not features: rule (e) does not apply
    JavaClasses kit =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.edu.platform.test");
    assertThat(kit).isNotEmpty();
    for (ArchRule rule : PlatformArchitecture.layeringRules("vn.edu.platform.test")) {
      assertThatCode(() -> rule.check(kit)).as(rule.getDescription()).doesNotThrowAnyException();
    }
  }

  @Test
  void identifiesAdapterByDirectionAndName() {
    assertThat(adapterOf(BAD + ".plan.adapter.in.web.PlanController"))
        .isEqualTo(BAD + ".plan.adapter.in.web");
    assertThat(adapterOf(BAD + ".plan.adapter.out.persistence.PlanJdbcRepository"))
        .isEqualTo(BAD + ".plan.adapter.out.persistence");
    assertThat(adapterOf(BAD + ".plan.application.PlanService")).isNull();
  }

  private static String adapterOf(String className) {
    return PlatformArchitecture.adapterOf(bad.get(className), BAD).orElse(null);
  }
}
