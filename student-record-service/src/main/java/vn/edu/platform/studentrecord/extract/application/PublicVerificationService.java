package vn.edu.platform.studentrecord.extract.application;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractRepository;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord;
import vn.edu.platform.studentrecord.extract.domain.VerificationCode;

/**
 * The public verification: the code must be that of an extract of this very record (its hash in the
 * log); then the record is read and its signatures verified for the code's holder. Every way of
 * failing is the same {@code verification-not-found}, with no argument, so a caller learns nothing
 * about records or codes it does not hold.
 */
@Service
class PublicVerificationService implements PublicVerificationQuery {

  static final String NOT_FOUND = "verification-not-found";

  private final ExtractRepository extracts;
  private final SignedRecords records;

  PublicVerificationService(ExtractRepository extracts, SignedRecords records) {
    this.extracts = extracts;
    this.records = records;
  }

  @Override
  @Transactional
  public PublicVerification verify(UUID recordId, String code) {
    Extract extract =
        VerificationCode.parse(code)
            .flatMap(c -> extracts.byCodeHash(recordId, c.hash()))
            .orElseThrow(PublicVerificationService::notFound);
    SignedRecords.VerifiedRecord verified =
        records
            .verifiedForCodeHolder(
                recordId, "public verification of extract " + extract.number().value())
            .orElseThrow(PublicVerificationService::notFound);
    ExtractedRecord record = verified.record();
    return new PublicVerification(
        record.recordId(),
        record.version(),
        record.status(),
        record.schoolCode(),
        record.schoolYear(),
        record.grade(),
        record.identity().maskedName(),
        record.results().learning(),
        record.results().conduct(),
        verified.signatures(),
        verified.authentic(),
        record.corrected(),
        record.correction() != null,
        extract.number(),
        extract.issuedAt(),
        extract.documentSha256());
  }

  private static NotFound notFound() {
    return new NotFound(NOT_FOUND);
  }
}
