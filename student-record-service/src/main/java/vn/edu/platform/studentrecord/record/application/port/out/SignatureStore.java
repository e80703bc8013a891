package vn.edu.platform.studentrecord.record.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner.SignedGroup;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;

/** The JAdES signatures of records, beside the records. */
public interface SignatureStore {

  /** A record's signature entry: the record's signature as the record knows it, and where. */
  record Entry(
      UUID recordId,
      RecordSignature signature,
      UUID groupId,
      String documentName,
      String documentDigest,
      int position) {}

  void storeGroups(UUID jobId, List<SignedGroup> groups);

  void storeEntries(List<Entry> entries);

  /** The group signature covering a record's signature of that role, and its document's name. */
  record Stored(byte[] groupSignature, String documentName, RecordSignature entry) {}

  Optional<Stored> signatureOf(UUID recordId, SignerRole role);
}
