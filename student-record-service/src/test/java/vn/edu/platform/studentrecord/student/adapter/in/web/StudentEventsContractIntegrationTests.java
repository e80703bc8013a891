package vn.edu.platform.studentrecord.student.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.studentrecord.fixtures.StudentApi.STUDENTS;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_B_PRIMARY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.events.Topics;
import vn.edu.platform.events.studentrecord.StudentEnrolled;
import vn.edu.platform.events.studentrecord.StudentTransferred;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.events.EventContract;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.security.Personas;

/**
 * The student events as a consumer reads them from the broker, through the outbox: an enrolment, a
 * move, a transfer and the receiving school's enrolment on the student's key, in order, each
 * against its JSON Schema and CloudEvents headers, with codes and never a name, a birth date, a
 * personal ID or the transfer's reason.
 */
class StudentEventsContractIntegrationTests extends StudentRecordIntegrationTest {

  private static List<ConsumerRecord<String, String>> records(
      String key, Predicate<String> value, int atLeast) {
    Predicate<ConsumerRecord<String, String>> matches =
        r -> key.equals(r.key()) && value.test(r.value());
    return EmbeddedKafkaServer.get()
        .pollUntil(
            Topics.STUDENT_RECORD_STUDENT,
            received -> received.stream().filter(matches).count() >= atLeast,
            Duration.ofSeconds(30))
        .stream()
        .filter(matches)
        .toList();
  }

  @Test
  void aStudentsCareerIsPublishedOnTheStudentsKeyWithCodesOnly() {
    StudentApi api = new StudentApi(http);
    JsonNode student = api.registered(SCHOOL_A_PRIMARY);
    String code = student.get("studentCode").asString();
    JsonNode first = api.classOf(SCHOOL_A_PRIMARY, 5);
    JsonNode second = api.classOf(SCHOOL_A_PRIMARY, 5);
    JsonNode firstEnrolment =
        api.enrolled(SCHOOL_A_PRIMARY, code, first.get("id").asString(), StudentApi.yearStart());
    api.enrolled(
        SCHOOL_A_PRIMARY, code, second.get("id").asString(), StudentApi.yearStart().plusDays(5));
    JsonNode transfer =
        api.post(
                STUDENTS + "/" + code + "/transfers",
                Personas.schoolAdmin(SCHOOL_A_PRIMARY),
                Map.of(
                    "date",
                    StudentApi.today().toString(),
                    "reason",
                    "Gia đình chuyển nơi ở riêng tư.",
                    "toSchoolCode",
                    SCHOOL_B_PRIMARY))
            .json();
    api.enrolled(
        SCHOOL_B_PRIMARY,
        code,
        api.classOf(SCHOOL_B_PRIMARY, 5).get("id").asString(),
        StudentApi.today().plusDays(1));

    List<ConsumerRecord<String, String>> all = records(code, v -> true, 4);

    assertThat(all).hasSize(4);
    EventContract.assertConforms(all.get(0), StudentEnrolled.class);
    EventContract.assertConforms(all.get(1), StudentEnrolled.class);
    EventContract.assertConforms(all.get(2), StudentTransferred.class);
    EventContract.assertConforms(all.get(3), StudentEnrolled.class);
    assertThat(all.get(0).value())
        .contains(
            "\"studentCode\":\"" + code + "\"",
            "\"schoolCode\":\"" + SCHOOL_A_PRIMARY + "\"",
            "\"className\":\"" + first.get("name").asString() + "\"",
            "\"grade\":5",
            "\"schoolYear\":\"" + StudentApi.schoolYear() + "\"");
    assertThat(all.get(1).value())
        .contains("\"endedEnrolmentId\":\"" + firstEnrolment.get("id").asString() + "\"");
    assertThat(all.get(2).value())
        .contains(
            "\"toSchoolCode\":\"" + SCHOOL_B_PRIMARY + "\"",
            "\"outOfProvince\":false",
            "\"className\":\"" + second.get("name").asString() + "\"");
    assertThat(all.get(3).value())
        .contains("\"transferId\":\"" + transfer.get("id").asString() + "\"");
    assertThat(all)
        .allSatisfy(
            r ->
                assertThat(r.value())
                    .doesNotContain(student.get("fullName").asString())
                    .doesNotContain(student.get("personalId").asString())
                    .doesNotContain("2015-03-14")
                    .doesNotContain("riêng tư"));
  }
}
