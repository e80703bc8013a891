package vn.edu.platform.test.securitykit;

import java.util.List;
import java.util.Set;
import vn.edu.platform.test.fixtures.OrgTreeFixture;

/**
 * Runs every operation of the document for every {@link Persona} with a valid request on fresh
 * objects of unit A, and compares each answer with the operation's rule in the matrix file: allowed
 * callers must get past authorization (anything but 401/403, never 5xx), refused callers the rule's
 * refusal (401 without a valid token, 403 or what the rule allows otherwise).
 *
 * <p>Then the other-unit check: every operation that takes an identifier, called by each unit-A
 * persona the rule allows with the identifiers of objects owned by unit B, must answer 403 or 404
 * and show none of the objects' identifying values.
 */
public final class AuthorizationMatrix {

  /** Unit A's school, whose objects allowed callers act on. */
  public static final String UNIT_A = OrgTreeFixture.SCHOOL_A_PRIMARY;

  /** Unit B's school, whose objects unit A's callers must not reach. */
  public static final String UNIT_B = OrgTreeFixture.SCHOOL_B_PRIMARY;

  /**
   * Unit A's callers, and the citizen whose login the fixtures link to unit A's objects (a parent
   * of unit A's students reads nothing of unit B's).
   */
  private static final List<Persona> UNIT_A_PERSONAS =
      List.of(
          Persona.TEACHER_A,
          Persona.SCHOOL_ADMIN_A,
          Persona.PRINCIPAL_A,
          Persona.COMMUNE_OFFICER_A,
          Persona.CITIZEN);

  private final ApiDocument document;
  private final SecurityMatrix matrix;
  private final SecurityFixture fixture;
  private final KitHttp http;
  private final Requests requests;

  public AuthorizationMatrix(
      ApiDocument document, SecurityMatrix matrix, SecurityFixture fixture, KitHttp http) {
    this.document = document;
    this.matrix = matrix;
    this.fixture = fixture;
    this.http = http;
    this.requests = new Requests(document, fixture);
  }

  /** Every operation × every persona; denied callers go first so they meet intact objects. */
  public SecurityReport run() {
    matrix.verifyCovers(document);
    SecurityReport report =
        new SecurityReport("Authorization matrix", Set.of("matrix"), matrix.knownGaps());
    for (ApiOperation operation : document.operations()) {
      SecurityMatrix.Rule rule = matrix.ruleOf(operation.id());
      long started = System.nanoTime();
      OwnedObjects objects = fixture.objectsOwnedBy(UNIT_A, operation);
      report.fixtureTook(operation.id(), System.nanoTime() - started);
      Requests.Parts valid = requests.valid(operation, objects);
      List<Persona> order =
          java.util.Arrays.stream(Persona.values())
              .sorted(java.util.Comparator.comparing(rule::allows))
              .toList();
      for (Persona persona : order) {
        KitHttp.Request request = valid.toRequest(matrix.token(persona));
        long sent = System.nanoTime();
        KitHttp.Response response = http.send(request);
        report.answerTook(operation.id(), System.nanoTime() - sent);
        report.sent(persona.key());
        int status = response.status();
        if (rule.allows(persona)) {
          if (status == 401 || status == 403 || status >= 500 || status == 400) {
            report.record(
                new Finding(
                    "matrix",
                    persona.key(),
                    operation.id(),
                    status,
                    request.describe(),
                    "rule "
                        + rule.name()
                        + " allows this caller, expected an answer past authorization and"
                        + " validation; body "
                        + abbreviate(response.body())));
          }
        } else if (!rule.deniedStatusesFor(persona).contains(status)) {
          report.record(
              new Finding(
                  "matrix",
                  persona.key(),
                  operation.id(),
                  status,
                  request.describe(),
                  "rule "
                      + rule.name()
                      + " refuses this caller with "
                      + rule.deniedStatusesFor(persona)
                      + "; body "
                      + abbreviate(response.body())));
        }
      }
    }
    return report;
  }

  /**
   * Unit A's callers on unit B's objects. Operations whose rule is {@code shared} (the objects are
   * visible to every allowed caller by design, the organisation directory for instance) are skipped
   * and counted.
   */
  public SecurityReport otherUnit() {
    matrix.verifyCovers(document);
    SecurityReport report =
        new SecurityReport("Other unit's objects", Set.of("other-unit"), matrix.knownGaps());
    for (ApiOperation operation : document.operations()) {
      SecurityMatrix.Rule rule = matrix.ruleOf(operation.id());
      if (!operation.takesIdentifier() || rule.shared()) {
        continue;
      }
      long started = System.nanoTime();
      OwnedObjects foreign = fixture.objectsOwnedBy(UNIT_B, operation);
      report.fixtureTook(operation.id(), System.nanoTime() - started);
      Requests.Parts valid = requests.valid(operation, foreign);
      for (Persona persona : UNIT_A_PERSONAS) {
        if (!rule.allows(persona)) {
          // a caller the rule refuses anyway proves nothing about unit scoping
          continue;
        }
        KitHttp.Request request = valid.toRequest(matrix.token(persona));
        long sent = System.nanoTime();
        KitHttp.Response response = http.send(request);
        report.answerTook(operation.id(), System.nanoTime() - sent);
        report.sent(persona.key());
        String leaked =
            foreign.identifyingValues().stream()
                // an id the caller sent may come back in the problem's instance: that is no leak
                .filter(v -> !request.pathAndQuery().contains(v))
                .filter(v -> response.body().contains(v))
                .findFirst()
                .orElse(null);
        if ((response.status() != 403 && response.status() != 404) || leaked != null) {
          report.record(
              new Finding(
                  "other-unit",
                  persona.key(),
                  operation.id(),
                  response.status(),
                  request.describe(),
                  "an object of "
                      + UNIT_B
                      + " must answer 403 or 404 without its data"
                      + (leaked == null ? "" : "; the answer contains " + leaked)
                      + "; body "
                      + abbreviate(response.body())));
        }
      }
    }
    return report;
  }

  static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
