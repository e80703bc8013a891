package vn.edu.platform.test.securitykit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A service's documented access rules, read from its matrix file (e.g. {@code
 * src/test/resources/security-matrix.yaml}): named rules listing the personas they allow, one rule
 * per operation id, the client role government systems need, and the known gaps the service
 * tolerates for now. The format is described in the platform-test README.
 */
public final class SecurityMatrix {

  private final String govClientRole;
  private final Map<String, Rule> rules;
  private final Map<String, String> operations;
  private final List<KnownGap> knownGaps;

  private SecurityMatrix(
      String govClientRole,
      Map<String, Rule> rules,
      Map<String, String> operations,
      List<KnownGap> knownGaps) {
    this.govClientRole = govClientRole;
    this.rules = rules;
    this.operations = operations;
    this.knownGaps = knownGaps;
  }

  /**
   * What an allowed or a refused call of one rule looks like.
   *
   * @param shared the rule's objects are visible to every allowed caller by design (no unit owns
   *     them), so the other-unit check does not apply
   */
  public record Rule(
      String name, Set<Persona> allowed, Set<Integer> deniedStatuses, boolean shared) {

    public boolean allows(Persona persona) {
      return allowed.contains(persona);
    }

    /** 401 for callers without a valid token; otherwise what the rule says (403, or 403/404). */
    public Set<Integer> deniedStatusesFor(Persona persona) {
      return persona.unauthenticated() ? Set.of(401) : deniedStatuses;
    }
  }

  /** Reads a matrix file from the test class path. */
  public static SecurityMatrix load(String resource) {
    try (InputStream in = SecurityMatrix.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No matrix file " + resource + " on the class path");
      }
      Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return of(map(tree, resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SecurityMatrix of(Map<String, Object> tree) {
    String govClientRole = String.valueOf(tree.getOrDefault("gov-client-role", ""));
    Map<String, Rule> rules = new LinkedHashMap<>();
    map(tree.get("rules"), "rules")
        .forEach((name, value) -> rules.put(name, ruleOf(name, map(value, "rule " + name))));
    Map<String, String> operations = new LinkedHashMap<>();
    map(tree.get("operations"), "operations")
        .forEach(
            (id, rule) -> {
              if (!rules.containsKey(String.valueOf(rule))) {
                throw new IllegalArgumentException(
                    "Operation " + id + " names rule " + rule + ", which the file does not define");
              }
              operations.put(id, String.valueOf(rule));
            });
    List<KnownGap> gaps = new ArrayList<>();
    Object rawGaps = tree.get("known-gaps");
    if (rawGaps instanceof List<?> list) {
      for (Object gap : list) {
        gaps.add(KnownGap.of(map(gap, "known gap")));
      }
    }
    return new SecurityMatrix(govClientRole, rules, operations, List.copyOf(gaps));
  }

  private static Rule ruleOf(String name, Map<String, Object> raw) {
    Set<Persona> allowed = EnumSet.noneOf(Persona.class);
    Object list = raw.get("allowed");
    if ("all-authenticated".equals(list)) {
      for (Persona persona : Persona.values()) {
        if (!persona.unauthenticated()) {
          allowed.add(persona);
        }
      }
    } else if (list instanceof List<?> personas) {
      personas.forEach(p -> allowed.add(Persona.ofKey(String.valueOf(p))));
    } else if (list != null) {
      throw new IllegalArgumentException("Rule " + name + ": allowed must be a list");
    }
    Set<Integer> denied = new TreeSet<>();
    Object deniedRaw = raw.getOrDefault("denied", List.of(403));
    if (deniedRaw instanceof List<?> statuses) {
      statuses.forEach(s -> denied.add(Integer.parseInt(String.valueOf(s))));
    }
    boolean shared = Boolean.parseBoolean(String.valueOf(raw.getOrDefault("shared", false)));
    return new Rule(name, Set.copyOf(allowed), Set.copyOf(denied), shared);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value, String what) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(what + " must be a mapping, is " + value);
    }
    return (Map<String, Object>) map;
  }

  /**
   * Fails unless every operation of the document has an entry and every entry names an operation of
   * the document: coverage cannot fall behind a new endpoint, nor keep a removed one.
   */
  public void verifyCovers(ApiDocument document) {
    Set<String> documented = new TreeSet<>();
    document.operations().forEach(op -> documented.add(op.id()));
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(operations.keySet());
    Set<String> unknown = new TreeSet<>(operations.keySet());
    unknown.removeAll(documented);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new AssertionError(
          "The security matrix does not match the API document."
              + (missing.isEmpty() ? "" : " Operations without an entry: " + missing + ".")
              + (unknown.isEmpty() ? "" : " Entries for no operation: " + unknown + "."));
    }
  }

  /** The rule of an operation; {@link #verifyCovers} guarantees there is one. */
  public Rule ruleOf(String operationId) {
    String rule = operations.get(operationId);
    if (rule == null) {
      throw new AssertionError("No matrix entry for operation " + operationId);
    }
    return rules.get(rule);
  }

  public String govClientRole() {
    return govClientRole;
  }

  public List<KnownGap> knownGaps() {
    return knownGaps;
  }

  /** A fresh token of the persona, with this service's government client role. */
  public @org.jspecify.annotations.Nullable String token(Persona persona) {
    return persona.token(govClientRole);
  }
}
