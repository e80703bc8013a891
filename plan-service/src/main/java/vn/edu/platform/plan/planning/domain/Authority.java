package vn.edu.platform.plan.planning.domain;

/** Who signs a document (thẩm quyền ban hành): the plan itself or the product of a task. */
public enum Authority {
  /** The provincial People's Committee (UBND tỉnh / thành phố). */
  PEOPLES_COMMITTEE,
  /** The Department of Education and Training (Sở GD&ĐT). */
  DEPARTMENT
}
