package vn.edu.platform.plan.orgunit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * "Unit X sits under unit Y from day A to day B": the edges of the tree over time. A unit has at
 * most one link valid on any day; a move closes the current link and opens a new one.
 *
 * @param validTo last day of the link (inclusive), or null while it holds
 */
public record ParentLink(
    String unitCode, String parentCode, LocalDate validFrom, LocalDate validTo) {

  public ParentLink {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(parentCode, "parentCode");
    Objects.requireNonNull(validFrom, "validFrom");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("a link cannot end before it starts");
    }
  }

  public boolean isValidOn(LocalDate date) {
    return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
  }

  ParentLink endedOn(LocalDate lastDay) {
    return new ParentLink(unitCode, parentCode, validFrom, lastDay);
  }
}
