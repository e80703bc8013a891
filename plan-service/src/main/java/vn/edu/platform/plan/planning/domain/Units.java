package vn.edu.platform.plan.planning.domain;

import java.time.LocalDate;
import java.util.List;

/** The organisation tree of one day, as far as plans need it. */
public interface Units {

  /** The day the tree stands for. */
  LocalDate date();

  /** Whether the unit exists on {@link #date()}. */
  boolean exists(String code);

  /** Whether the unit ever existed (to tell "not valid on that day" from "unknown"). */
  boolean known(String code);

  /** The units of a group on {@link #date()}, in code order. */
  List<String> group(UnitGroup group);
}
