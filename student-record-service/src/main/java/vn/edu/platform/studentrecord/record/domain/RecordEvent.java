package vn.edu.platform.studentrecord.record.domain;

import vn.edu.platform.signing.register.SignerRole;

/** What happened to a record, as its transitions announce it. */
public sealed interface RecordEvent {

  /** The record after the change. */
  SchoolRecord record();

  /** The audit trail's name of the transition. */
  String action();

  /** Content entered or replaced (complete or not). */
  record Submitted(SchoolRecord record) implements RecordEvent {
    public String action() {
      return "submit record";
    }
  }

  /** Complete, and the identity cross-checked. */
  record Verified(SchoolRecord record) implements RecordEvent {
    public String action() {
      return "verify record";
    }
  }

  record Confirmed(SchoolRecord record) implements RecordEvent {
    public String action() {
      return "confirm record";
    }
  }

  /** Back to draft before the institution's signature, signatures dropped. */
  record Reopened(SchoolRecord record, String reason) implements RecordEvent {
    public String action() {
      return "reopen record";
    }
  }

  /** The principal confirmed the completion of the lower-secondary programme (grade 9). */
  record CompletionConfirmed(SchoolRecord record) implements RecordEvent {
    public String action() {
      return "confirm lower-secondary completion";
    }
  }

  record Signed(SchoolRecord record, SignerRole role) implements RecordEvent {
    public String action() {
      return "sign record as " + role.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Immutable from now on; the year's results are final. */
  record Locked(SchoolRecord record) implements RecordEvent {
    public String action() {
      return "lock record";
    }
  }

  /** A new version (the record) corrects a signed one. */
  record Corrected(SchoolRecord record, SchoolRecord previous) implements RecordEvent {
    public String action() {
      return "correct record";
    }
  }

  /** Received in a transfer package, kept as signed elsewhere: locked for good. */
  record Imported(SchoolRecord record) implements RecordEvent {
    public String action() {
      return "import record";
    }
  }
}
