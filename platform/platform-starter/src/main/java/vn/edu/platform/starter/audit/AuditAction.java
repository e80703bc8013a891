package vn.edu.platform.starter.audit;

/** What was done to a personal record. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  DELETE,
  SIGN,
  EXPORT,
  IMPORT,
  VERIFY
}
