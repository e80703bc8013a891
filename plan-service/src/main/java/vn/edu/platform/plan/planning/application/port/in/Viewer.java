package vn.edu.platform.plan.planning.application.port.in;

import java.util.Set;

/**
 * Who reads plans, as far as visibility goes: department staff and government systems with
 * province-wide reading see every plan (drafts only department staff); any other unit sees the
 * issued plans that involve one of {@code unitCodes} (its own unit, and for a commune officer the
 * schools of the commune).
 */
public record Viewer(boolean provinceWide, boolean seesDrafts, Set<String> unitCodes) {

  public Viewer {
    unitCodes = Set.copyOf(unitCodes);
  }

  public static Viewer department() {
    return new Viewer(true, true, Set.of());
  }
}
