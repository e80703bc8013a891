package vn.edu.platform.starter.web.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.edu.platform.starter.web.problem.ApiProblemException;

class RevisionsTests {

  @Test
  void readsStrongAndWeakETags() {
    assertThat(Revisions.required("\"3\"")).isEqualTo(3);
    assertThat(Revisions.required("W/\"12\"")).isEqualTo(12);
    assertThat(Revisions.etagOf(7)).isEqualTo("\"7\"");
  }

  @Test
  void answersPreconditionRequiredWithoutTheHeaderAndFailedForGarbage() {
    assertThatThrownBy(() -> Revisions.required(null))
        .isInstanceOf(ApiProblemException.class)
        .extracting("code")
        .isEqualTo("precondition-required");
    assertThatThrownBy(() -> Revisions.required("\"abc\""))
        .extracting("code")
        .isEqualTo("precondition-failed");
    assertThat(Revisions.optional(null)).isNull();
  }
}
