package vn.edu.platform.studentrecord.record.application.port.out;

import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.RecordContent.RecordResults;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

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
