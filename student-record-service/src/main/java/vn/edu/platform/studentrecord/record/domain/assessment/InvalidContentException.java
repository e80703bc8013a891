package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.List;
import java.util.stream.Collectors;
import vn.edu.platform.kernel.Violation;

/**
 * Thrown when a computation is asked of content that is not complete and valid: the violations say
 * why, as {@link ContentChecks} would have reported them.
 */
public final class InvalidContentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidContentException(List<Violation> violations) {
    super(
        "content is not complete: "
            + violations.stream()
                .map(v -> v.pointer() + " " + v.code())
                .collect(Collectors.joining(", ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
