package vn.edu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsUnitTests {

  static List<String> topicConstants() {
    return Arrays.stream(Topics.class.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .filter(field -> field.getType() == String.class)
        .filter(field -> !field.getName().equals("DEAD_LETTER_SUFFIX"))
        .map(TopicsUnitTests::value)
        .toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void topicNamesFollowTheServiceAggregateMajorVersionRule() {
    assertThat(topicConstants())
        .isNotEmpty()
        .doesNotHaveDuplicates()
        .allSatisfy(topic -> assertThat(topic).matches(Topics.NAME_PATTERN));
  }

  @Test
  void planServiceHasOneTopicPerAggregateType() {
    assertThat(topicConstants())
        .contains(
            "edu.plan.org-unit.v1",
            "edu.plan.plan.v1",
            "edu.plan.task.v1",
            "edu.plan.progress-report.v1",
            "edu.plan.target.v1",
            "edu.plan.signer-certificate.v1",
            "edu.plan.signing-delegation.v1");
  }

  @Test
  void studentRecordServiceHasTheStudentsTopic() {
    assertThat(topicConstants()).contains("edu.student-record.student.v1");
  }

  @Test
  void deadLetterTopicIsTheTopicWithDltSuffix() {
    assertThat(Topics.deadLetterOf(Topics.PLAN_TASK)).isEqualTo("edu.plan.task.v1.dlt");
  }

  @Test
  void deadLetterTopicOfAnOutsideTopicFollowsTheSameRule() {
    assertThat(Topics.deadLetterOf("moet.school-directory")).isEqualTo("moet.school-directory.dlt");
  }

  @Test
  void deadLetterOfRejectsBlankNamesAndDeadLetterTopics() {
    assertThatThrownBy(() -> Topics.deadLetterOf("edu.plan.task.v1.dlt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edu.plan.task.v1.dlt is a dead-letter topic already");
    assertThatThrownBy(() -> Topics.deadLetterOf(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Topics.deadLetterOf(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
