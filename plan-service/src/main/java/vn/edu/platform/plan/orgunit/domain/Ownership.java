package vn.edu.platform.plan.orgunit.domain;

/** Loại hình: public (công lập) or private (ngoài công lập). */
public enum Ownership {
  PUBLIC,
  PRIVATE
}
