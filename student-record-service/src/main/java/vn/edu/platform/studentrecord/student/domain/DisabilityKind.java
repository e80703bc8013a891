package vn.edu.platform.studentrecord.student.domain;

/** Kind of disability (dạng khuyết tật), Law 51/2010/QH12 on Persons with Disabilities, Art. 3. */
public enum DisabilityKind {
  /** Khuyết tật vận động. */
  MOBILITY,
  /** Khuyết tật nghe, nói. */
  HEARING_SPEECH,
  /** Khuyết tật nhìn. */
  VISION,
  /** Khuyết tật thần kinh, tâm thần. */
  MENTAL,
  /** Khuyết tật trí tuệ. */
  INTELLECTUAL,
  /** Khuyết tật khác. */
  OTHER
}
