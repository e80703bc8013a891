package vn.edu.platform.studentrecord.record.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One semester of a scored subject as submitted: the regular assessment scores (ĐĐGtx), the
 * mid-term score (ĐĐGgk) and the end-of-term score (ĐĐGck), each 0-10 with at most one decimal
 * (Circular 22/2021, Art. 6-7). Raw values: a draft may miss some (a {@code null} regular score
 * keeps its place so a violation can name it); {@link ContentChecks} says what is wrong.
 *
 * @param regular the regular assessment scores in the order they were given
 */
public record ScoredSemester(
    List<@Nullable BigDecimal> regular,
    @Nullable BigDecimal midTerm,
    @Nullable BigDecimal endOfTerm)
    implements SemesterAssessment {

  public ScoredSemester {
    Objects.requireNonNull(regular, "regular");
    regular = Collections.unmodifiableList(new ArrayList<>(regular));
  }
}
