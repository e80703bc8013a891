package vn.edu.platform.test.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The architecture rules every service shares, checked with one line in a service's tests:
 *
 * <pre>{@code
 * @Test
 * void followsThePlatformArchitecture() {
 *   PlatformArchitecture.verify("vn.edu.platform.plan");
 * }
 * }</pre>
 *
 * <p>The rules assume the platform's layout {@code <base>.<feature>.{domain, application,
 * adapter.in.web, adapter.in.messaging, adapter.out.persistence, adapter.out.<system>}} and
 * tolerate missing parts: a feature without adapters passes. Each rule is also available on its
 * own, for a service that needs to state an exception explicitly.
 */
public final class PlatformArchitecture {

  /** Packages the domain must not touch: frameworks, JDBC, JPA, servlets, JSON, Kafka. */
  static final String[] FRAMEWORK_PACKAGES = {
    "org.springframework..",
    "java.sql..",
    "javax.sql..",
    "jakarta.persistence..",
    "jakarta.servlet..",
    "tools.jackson..",
    "com.fasterxml.jackson..",
    "org.apache.kafka.."
  };

  private static final String ADAPTER = "adapter";

  private PlatformArchitecture() {}

  /**
   * Imports the production classes under {@code basePackage} (tests excluded) and checks every
   * rule; fails with ArchUnit's report listing each violation.
   *
   * @throws AssertionError if a rule is broken or no production class exists under the package
   */
  public static void verify(String basePackage) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage);
    if (classes.isEmpty()) {
      // a typo in the package would otherwise make every rule pass vacuously
      throw new AssertionError("No production classes found in package " + basePackage);
    }
    verify(basePackage, classes);
  }

  /** Checks every rule on classes imported by the caller. */
  public static void verify(String basePackage, JavaClasses classes) {
    allRules(basePackage).check(classes);
  }

  /** All the rules below as one rule. */
  public static ArchRule allRules(String basePackage) {
    return CompositeArchRule.of(rules(basePackage));
  }

  /** All the rules below, one by one. */
  public static List<ArchRule> rules(String basePackage) {
    return List.of(
        domainIsFreeOfFrameworks(basePackage),
        adaptersAreIndependent(basePackage),
        featuresAreFreeOfCycles(basePackage),
        layersPointInwards(basePackage));
  }

  /**
   * (a) The domain depends on no framework or infrastructure: it stays testable without a container
   * and outlives any technology choice.
   */
  public static ArchRule domainIsFreeOfFrameworks(String basePackage) {
    return noClasses()
        .that()
        .resideInAPackage(basePackage + "..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORK_PACKAGES)
        .because(
            "the domain must not depend on frameworks or infrastructure (docs/style.md, habit 3)")
        .allowEmptyShould(true);
  }

  /**
   * (b) No adapter uses another adapter: the web adapter does not call the persistence adapter, the
   * plan feature's messaging adapter does not reach into the school feature's; they meet only
   * through application ports. An adapter is identified by its package {@code
   * <...>.adapter.in.<name>} or {@code <...>.adapter.out.<name>}.
   */
  public static ArchRule adaptersAreIndependent(String basePackage) {
    return classes()
        .that()
        .resideInAPackage(basePackage + "..adapter..")
        .should(notDependOnAnotherAdapter(basePackage))
        .because("adapters talk to each other only through application ports")
        .allowEmptyShould(true);
  }

  /**
   * (c) Feature packages ({@code <base>.<feature>}) do not depend on each other in a cycle, so each
   * feature can be understood, tested and eventually moved on its own.
   */
  public static ArchRule featuresAreFreeOfCycles(String basePackage) {
    return slices()
        .matching(basePackage + ".(*)..")
        .namingSlices("feature $1")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true);
  }

  /**
   * (d) Dependencies point inwards: the domain depends on neither application nor adapters, the
   * application does not depend on adapters.
   */
  public static ArchRule layersPointInwards(String basePackage) {
    ArchRule domain =
        noClasses()
            .that()
            .resideInAPackage(basePackage + "..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(basePackage + "..application..", basePackage + "..adapter..")
            .because("the domain is the centre of the hexagon")
            .allowEmptyShould(true);
    ArchRule application =
        noClasses()
            .that()
            .resideInAPackage(basePackage + "..application..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(basePackage + "..adapter..")
            .because("the application reaches adapters only through its ports")
            .allowEmptyShould(true);
    return CompositeArchRule.of(domain).and(application);
  }

  private static ArchCondition<JavaClass> notDependOnAnotherAdapter(String basePackage) {
    return new ArchCondition<>("not depend on classes of another adapter") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> originAdapter = adapterOf(origin, basePackage);
        if (originAdapter.isEmpty()) {
          return;
        }
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          Optional<String> targetAdapter = adapterOf(target, basePackage);
          if (targetAdapter.isPresent() && !targetAdapter.equals(originAdapter)) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency,
                    "%s (adapter %s uses adapter %s)"
                        .formatted(
                            dependency.getDescription(),
                            originAdapter.get(),
                            targetAdapter.get())));
          }
        }
      }
    };
  }

  /**
   * The package that identifies the adapter a class belongs to: everything up to {@code
   * adapter.in.<name>} / {@code adapter.out.<name>} (or {@code adapter.<name>} for a layout without
   * direction). Empty when the class is in no adapter of this service.
   */
  static Optional<String> adapterOf(JavaClass javaClass, String basePackage) {
    String packageName = javaClass.getPackageName();
    if (!packageName.equals(basePackage) && !packageName.startsWith(basePackage + ".")) {
      return Optional.empty();
    }
    String[] segments = packageName.split("\\.");
    int firstBelowBase = basePackage.split("\\.").length;
    for (int i = firstBelowBase; i < segments.length; i++) {
      if (!segments[i].equals(ADAPTER)) {
        continue;
      }
      int end = i + 1;
      if (end < segments.length && (segments[end].equals("in") || segments[end].equals("out"))) {
        end++;
      }
      end = Math.min(end + 1, segments.length);
      return Optional.of(String.join(".", List.of(segments).subList(0, end)));
    }
    return Optional.empty();
  }
}
