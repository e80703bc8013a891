package vn.edu.platform.studentrecord.student.domain;

/**
 * Level of disability (mức độ khuyết tật), Law 51/2010/QH12 on Persons with Disabilities, Art. 3.
 */
public enum DisabilityLevel {
  /** Khuyết tật đặc biệt nặng. */
  PARTICULARLY_SEVERE,
  /** Khuyết tật nặng. */
  SEVERE,
  /** Khuyết tật nhẹ. */
  MILD
}
