package vn.edu.platform.plan.planning.domain;

import java.util.List;

/**
 * What a target covers.
 *
 * @param level the level it is measured at
 * @param educationLevel the education level it concerns, if one (e.g. lower secondary)
 * @param unitCodes the units it is set for; empty means every unit of the level in the province
 */
public record TargetScope(ScopeLevel level, EducationLevel educationLevel, List<String> unitCodes) {

  public TargetScope {
    if (level == null) {
      throw Plan.refusal("/level", "required", "A target scope has a level");
    }
    unitCodes = Texts.codes(unitCodes);
  }

  public static TargetScope province() {
    return new TargetScope(ScopeLevel.PROVINCE, null, List.of());
  }
}
