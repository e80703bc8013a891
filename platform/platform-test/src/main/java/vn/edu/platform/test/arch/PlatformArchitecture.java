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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * tolerate missing parts: a feature without adapters passes. Every sub-package of the base is a
 * feature. Each rule is also available on its own, for a service that needs to state an exception
 * explicitly; a dependency across features that cannot go yet is named with {@link #tolerate}.
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

  /**
   * Like {@link #verify(String)}, with cross-feature dependencies the service cannot remove yet,
   * each named with its reason. A toleration that no longer matches any dependency fails too, so
   * the list only shrinks.
   */
  public static void verify(String basePackage, List<Tolerated> tolerated) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage);
    if (classes.isEmpty()) {
      throw new AssertionError("No production classes found in package " + basePackage);
    }
    allRules(basePackage, tolerated).check(classes);
  }

  /** Checks every rule on classes imported by the caller. */
  public static void verify(String basePackage, JavaClasses classes) {
    allRules(basePackage).check(classes);
  }

  /** All the rules below as one rule. */
  public static ArchRule allRules(String basePackage) {
    return allRules(basePackage, List.of());
  }

  /** All the rules below as one rule, the feature boundaries with the named tolerations. */
  public static ArchRule allRules(String basePackage, List<Tolerated> tolerated) {
    return CompositeArchRule.of(rules(basePackage, tolerated));
  }

  /** All the rules below, one by one. */
  public static List<ArchRule> rules(String basePackage) {
    return rules(basePackage, List.of());
  }

  private static List<ArchRule> rules(String basePackage, List<Tolerated> tolerated) {
    return List.of(
        domainIsFreeOfFrameworks(basePackage),
        adaptersAreIndependent(basePackage),
        featuresAreFreeOfCycles(basePackage),
        layersPointInwards(basePackage),
        featuresMeetOnlyAtInPorts(basePackage, tolerated));
  }

  /**
   * The layering rules (a) to (d) without the feature boundaries (e), for a library whose
   * sub-packages are not features (the test kit itself).
   */
  public static List<ArchRule> layeringRules(String basePackage) {
    return rules(basePackage).subList(0, 4);
  }

  /**
   * (e) A feature uses another feature only through its published use cases and views, the package
   * {@code <base>.<other>.application.port.in} (and its sub-packages): never its domain, its
   * application services or its adapters. So a feature's model and storage can change without
   * touching the features built on it, and the published types say what others may rely on.
   *
   * <p>One more way in is allowed: a class may <em>implement</em> an interface of another feature's
   * {@code application.port.out}. That is how a feature answers a question the other one asks
   * (plans' reminders ask the reports feature for the reports owed) without a cycle between them.
   */
  public static ArchRule featuresMeetOnlyAtInPorts(String basePackage) {
    return featuresMeetOnlyAtInPorts(basePackage, List.of());
  }

  /** Rule (e) with the named cross-feature dependencies a service cannot remove yet. */
  public static ArchRule featuresMeetOnlyAtInPorts(String basePackage, List<Tolerated> tolerated) {
    return classes()
        .should(useOtherFeaturesOnlyThroughInPorts(basePackage, List.copyOf(tolerated)))
        .because(
            "features meet only at each other's application.port.in, the published use cases and"
                + " views")
        .allowEmptyShould(true);
  }

  /**
   * A cross-feature dependency a service keeps for now: from {@code originClass} (and its nested
   * classes) to any class whose name starts with {@code targetPrefix}.
   *
   * @param reason why it stays, and who removes it; shown nowhere but read in review
   */
  public record Tolerated(String originClass, String targetPrefix, String reason) {

    public Tolerated {
      Objects.requireNonNull(originClass, "originClass");
      Objects.requireNonNull(targetPrefix, "targetPrefix");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a tolerated dependency says why it stays");
      }
    }

    boolean matches(JavaClass origin, JavaClass target) {
      String name = origin.getName();
      return (name.equals(originClass) || name.startsWith(originClass + "$"))
          && target.getName().startsWith(targetPrefix);
    }

    @Override
    public String toString() {
      return originClass + " -> " + targetPrefix + "*";
    }
  }

  /** See {@link Tolerated}. */
  public static Tolerated tolerate(String originClass, String targetPrefix, String because) {
    return new Tolerated(originClass, targetPrefix, because);
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

  private static ArchCondition<JavaClass> useOtherFeaturesOnlyThroughInPorts(
      String basePackage, List<Tolerated> tolerated) {
    return new ArchCondition<>("use other features only through their application.port.in") {

      private final Set<Tolerated> used = new HashSet<>();

      @Override
      public void init(Collection<JavaClass> allObjectsToTest) {
        used.clear();
      }

      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> originFeature = featureOf(origin, basePackage);
        if (originFeature.isEmpty()) {
          return;
        }
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          Optional<String> targetFeature = featureOf(target, basePackage);
          if (targetFeature.isEmpty()
              || targetFeature.equals(originFeature)
              || isPublished(target, basePackage + "." + targetFeature.get())
              || implementsOutPort(origin, target, basePackage + "." + targetFeature.get())) {
            continue;
          }
          Optional<Tolerated> toleration =
              tolerated.stream().filter(t -> t.matches(origin, target)).findFirst();
          if (toleration.isPresent()) {
            used.add(toleration.get());
            continue;
          }
          events.add(
              SimpleConditionEvent.violated(
                  dependency,
                  "%s (feature %s uses %s of feature %s outside its application.port.in)"
                      .formatted(
                          dependency.getDescription(),
                          originFeature.get(),
                          target.getName(),
                          targetFeature.get())));
        }
      }

      @Override
      public void finish(ConditionEvents events) {
        for (Tolerated toleration : tolerated) {
          if (!used.contains(toleration)) {
            events.add(
                SimpleConditionEvent.violated(
                    toleration,
                    "Tolerated dependency "
                        + toleration
                        + " no longer exists: remove the toleration"));
          }
        }
      }
    };
  }

  private static boolean isPublished(JavaClass target, String featurePackage) {
    String inPort = featurePackage + ".application.port.in";
    String name = target.getPackageName();
    return name.equals(inPort) || name.startsWith(inPort + ".");
  }

  private static boolean implementsOutPort(
      JavaClass origin, JavaClass target, String featurePackage) {
    String outPort = featurePackage + ".application.port.out";
    String name = target.getPackageName();
    return target.isInterface()
        && (name.equals(outPort) || name.startsWith(outPort + "."))
        && origin.getAllRawInterfaces().contains(target);
  }

  /** The feature a class belongs to: the first package below the base; empty outside features. */
  static Optional<String> featureOf(JavaClass javaClass, String basePackage) {
    String packageName = javaClass.getPackageName();
    if (!packageName.startsWith(basePackage + ".")) {
      return Optional.empty();
    }
    String rest = packageName.substring(basePackage.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
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
