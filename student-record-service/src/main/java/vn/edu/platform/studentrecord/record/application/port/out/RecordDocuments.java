package vn.edu.platform.studentrecord.record.application.port.out;

import org.jspecify.annotations.Nullable;
import vn.edu.platform.studentrecord.record.domain.Correction;
import vn.edu.platform.studentrecord.record.domain.IdentitySnapshot;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.RecordContent.RecordResults;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord.CompletionConfirmation;

/**
 * The record as a JSON document: the form it is stored in, exported in and signed in. The signed
 * form is the RFC 8785 canonical UTF-8 of the document, rebuilt from what is stored whenever a
 * signature is verified, so a value changed in the database no longer matches its signature.
 */
public interface RecordDocuments {

  String contentJson(RecordContent content);

  RecordContent content(String json, boolean secondary);

  String resultsJson(RecordResults results);

  RecordResults results(String json, boolean secondary);

  /** The document the signatures cover, canonical (RFC 8785) UTF-8. */
  byte[] canonicalDocument(SchoolRecord record);

  /** The canonical form of a document given as JSON text (from a package); refused if not JSON. */
  byte[] canonicalOf(String documentJson);

  /**
   * What a signed record document states, read back from its JSON text (a transfer package's
   * record): every field the document carries, so that a record built from them rebuilds the same
   * document.
   */
  record DocumentFields(
      java.util.UUID recordId,
      int version,
      String studentCode,
      String schoolYear,
      String schoolCode,
      int grade,
      String className,
      @Nullable String homeroomTeacher,
      String catalogueVersion,
      @Nullable IdentitySnapshot identity,
      RecordContent content,
      @Nullable RecordResults results,
      @Nullable Correction correction,
      @Nullable CompletionConfirmation completion) {}

  /**
   * The fields of a record document of this format ({@code type}, {@code formatVersion} 1); empty
   * when the text is no such document or a field does not read (missing, of another type).
   */
  java.util.Optional<DocumentFields> fieldsOf(String documentJson);

  /** The record id a document names, if it is one of ours. */
  java.util.Optional<java.util.UUID> recordIdOf(String documentJson);

  /**
   * The document's name in a batch signature: {@code urn:edu:hoc-ba:<student>:<year>:v<version>}.
   */
  static String documentName(SchoolRecord record) {
    return "urn:edu:hoc-ba:"
        + record.studentCode()
        + ":"
        + record.schoolYear()
        + ":v"
        + record.version();
  }
}
