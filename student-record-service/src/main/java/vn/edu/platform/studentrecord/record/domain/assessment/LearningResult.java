package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The learning result of a semester or a year (Circular 22/2021, Art. 9.2-9.3).
 *
 * @param level the level the record holds
 * @param computedLevel the level the thresholds of Art. 9.2 give, before the adjustment of Art. 9.3
 * @param adjustedBecauseOf the code of the one subject that alone held the level down by two steps
 *     or more, when the level was raised one step because of it; {@code null} when {@code level} is
 *     {@code computedLevel}
 */
public record LearningResult(
    LearningLevel level, LearningLevel computedLevel, @Nullable String adjustedBecauseOf) {

  public LearningResult {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(computedLevel, "computedLevel");
    if ((adjustedBecauseOf == null) != (level == computedLevel)) {
      throw new IllegalArgumentException("an adjusted level names the subject it was adjusted for");
    }
    if (adjustedBecauseOf != null && level.stepsAbove(computedLevel) != 1) {
      throw new IllegalArgumentException("the adjustment raises a level by one step");
    }
  }

  /** Whether Art. 9.3 raised the level. */
  public boolean adjusted() {
    return adjustedBecauseOf != null;
  }
}
