package vn.edu.platform.studentrecord.record.adapter.out.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.platform.events.studentrecord.Award;
import vn.edu.platform.events.studentrecord.PrimaryOutcome;
import vn.edu.platform.events.studentrecord.RecordCorrected;
import vn.edu.platform.events.studentrecord.RecordLocked;
import vn.edu.platform.events.studentrecord.RecordReopened;
import vn.edu.platform.events.studentrecord.RecordSigned;
import vn.edu.platform.events.studentrecord.RecordSubmitted;
import vn.edu.platform.events.studentrecord.ResultLevel;
import vn.edu.platform.events.studentrecord.SignedAs;
import vn.edu.platform.events.studentrecord.SignerCapacity;
import vn.edu.platform.events.studentrecord.YearEndDecision;
import vn.edu.platform.events.studentrecord.YearResultFinalized;
import vn.edu.platform.starter.events.IntegrationEventPublisher;
import vn.edu.platform.studentrecord.record.application.port.out.RecordEventPublisher;
import vn.edu.platform.studentrecord.record.domain.RecordContent.RecordResults;
import vn.edu.platform.studentrecord.record.domain.RecordEvent;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearResult;

/**
 * The record's events as platform-events' integration events, through the outbox. Verification,
 * confirmation and the completion confirmation are the school's own steps and only audited; the
 * public events are the ones other services count on: submitted, reopened, signed, locked (with the
 * year's final results), corrected. Codes and levels only.
 */
@Component
class RecordEventsToOutbox implements RecordEventPublisher {

  private final IntegrationEventPublisher outbox;

  RecordEventsToOutbox(IntegrationEventPublisher outbox) {
    this.outbox = outbox;
  }

  @Override
  public void publish(RecordEvent event) {
    SchoolRecord r = event.record();
    Instant at = r.updatedAt();
    switch (event) {
      case RecordEvent.Submitted s ->
          outbox.publish(
              new RecordSubmitted(
                  UUID.randomUUID(),
                  at,
                  r.id(),
                  r.version(),
                  r.studentCode(),
                  r.schoolYear(),
                  school(r),
                  r.placement().grade(),
                  r.results() != null,
                  at));
      case RecordEvent.Reopened o ->
          outbox.publish(
              new RecordReopened(
                  UUID.randomUUID(),
                  at,
                  r.id(),
                  r.version(),
                  r.studentCode(),
                  r.schoolYear(),
                  school(r),
                  r.placement().grade(),
                  at));
      case RecordEvent.Signed s -> {
        RecordSignature signature = r.signatureOf(s.role()).orElseThrow();
        outbox.publish(
            new RecordSigned(
                UUID.randomUUID(),
                at,
                r.id(),
                r.version(),
                r.studentCode(),
                r.schoolYear(),
                school(r),
                r.placement().grade(),
                SignedAs.valueOf(signature.role().name()),
                SignerCapacity.valueOf(signature.signerRole().name()),
                signature.certificateFingerprint(),
                signature.jobId(),
                signature.signedAt()));
      }
      case RecordEvent.Locked l -> {
        outbox.publish(
            new RecordLocked(
                UUID.randomUUID(),
                at,
                r.id(),
                r.version(),
                r.studentCode(),
                r.schoolYear(),
                school(r),
                r.placement().grade(),
                at));
        outbox.publish(finalized(r, at));
      }
      case RecordEvent.Corrected c ->
          outbox.publish(
              new RecordCorrected(
                  UUID.randomUUID(),
                  at,
                  r.id(),
                  r.version(),
                  r.studentCode(),
                  r.schoolYear(),
                  school(r),
                  r.placement().grade(),
                  c.previous().id(),
                  r.correction().decisionNumber(),
                  r.correction().decisionDate(),
                  at));
      case RecordEvent.Verified v -> {}
      case RecordEvent.Confirmed c -> {}
      case RecordEvent.CompletionConfirmed c -> {}
      case RecordEvent.Imported i -> {}
    }
  }

  private static YearResultFinalized finalized(SchoolRecord r, Instant at) {
    RecordResults results = r.results();
    return switch (results) {
      case RecordResults.Secondary s -> {
        SecondaryYearResult y = s.year();
        yield new YearResultFinalized(
            UUID.randomUUID(),
            at,
            r.id(),
            r.version(),
            r.studentCode(),
            r.schoolYear(),
            school(r),
            r.placement().grade(),
            ResultLevel.valueOf(y.year().level().name()),
            ResultLevel.valueOf(y.conductYear().name()),
            null,
            decisionOf(y.decision()),
            y.award() == null ? null : Award.valueOf(y.award().name()),
            results.completesGrade(),
            r.completion() != null,
            at);
      }
      case RecordResults.Primary p ->
          new YearResultFinalized(
              UUID.randomUUID(),
              at,
              r.id(),
              r.version(),
              r.studentCode(),
              r.schoolYear(),
              school(r),
              r.placement().grade(),
              null,
              null,
              PrimaryOutcome.valueOf(p.year().outcome().name()),
              p.year().completesGrade() ? YearEndDecision.PROMOTED : YearEndDecision.RE_ASSESSMENT,
              null,
              p.year().completesGrade(),
              false,
              at);
    };
  }

  private static YearEndDecision decisionOf(
      vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision decision) {
    return switch (decision) {
      case vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.Promoted p ->
          YearEndDecision.PROMOTED;
      case vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.SummerWork w ->
          w.reassessment() && w.conductTraining()
              ? YearEndDecision.RE_ASSESSMENT_AND_CONDUCT_TRAINING
              : w.reassessment() ? YearEndDecision.RE_ASSESSMENT : YearEndDecision.CONDUCT_TRAINING;
      case vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision.Repeats x ->
          YearEndDecision.REPEAT;
    };
  }

  private static String school(SchoolRecord r) {
    return r.placement().schoolCode();
  }
}
