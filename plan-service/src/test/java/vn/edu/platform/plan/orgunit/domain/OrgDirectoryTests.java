package vn.edu.platform.plan.orgunit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.ApplicationException;
import vn.edu.platform.kernel.Violation;

/**
 * The tree over time, on a piece of Hải Phòng's real 2025 reform: the communes Hoàng Văn Thụ and
 * Minh Khai (district Hồng Bàng) merged into the new Phường Hồng Bàng on 1 July 2025.
 */
class OrgDirectoryTests {

  static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  static final LocalDate IN_2024 = LocalDate.of(2024, 11, 10);

  OrgDirectory directory;

  static OrgUnit unit(String code, String name, OrgUnitKind kind, LocalDate from) {
    return new OrgUnit(code, name, kind, null, null, null, from, null, List.of(), 1);
  }

  static OrgUnit school(String code, String name, SchoolLevel level, LocalDate from) {
    return new OrgUnit(
        code, name, OrgUnitKind.SCHOOL, level, Ownership.PUBLIC, null, from, null, List.of(), 1);
  }

  @BeforeEach
  void pre2025Tree() {
    directory = OrgDirectory.of(List.of(), List.of());
    directory.create(
        unit("SGD31", "Sở Giáo dục và Đào tạo Hải Phòng", OrgUnitKind.DEPARTMENT, EPOCH), null);
    directory.create(unit("D303", "Quận Hồng Bàng", OrgUnitKind.DISTRICT, EPOCH), "SGD31");
    directory.create(unit("X11296", "Phường Hoàng Văn Thụ", OrgUnitKind.COMMUNE, EPOCH), "D303");
    directory.create(unit("X11299", "Phường Minh Khai", OrgUnitKind.COMMUNE, EPOCH), "D303");
    directory.create(
        school("S100001", "Trường Tiểu học Hoàng Văn Thụ", SchoolLevel.PRIMARY, EPOCH), "X11296");
    directory.create(
        school("S100002", "Trường Tiểu học Minh Khai", SchoolLevel.PRIMARY, EPOCH), "X11299");
    directory.create(
        school("S100003", "Trường THCS Minh Khai", SchoolLevel.LOWER_SECONDARY, EPOCH), "X11299");
  }

  void reform() {
    directory.create(unit("X11311", "Phường Hồng Bàng", OrgUnitKind.COMMUNE, REFORM), "SGD31");
    directory.merge(List.of("X11296", "X11299"), "X11311", REFORM);
    directory.close("D303", REFORM.minusDays(1));
  }

  @Test
  void keepsThe2024TreeIntactAfterTwoCommunesMerge() {
    reform();

    OrgTreeSnapshot tree2024 = directory.asOf(IN_2024);
    OrgTreeSnapshot tree2026 = directory.asOf(LocalDate.of(2026, 1, 15));

    assertThat(tree2024.childrenOf("D303")).containsExactlyInAnyOrder("X11296", "X11299");
    assertThat(tree2024.subtreeOf("X11299"))
        .containsExactlyInAnyOrder("X11299", "S100002", "S100003");
    assertThat(tree2024.unit("X11311")).isEmpty();
    assertThat(tree2026.unit("X11296")).isEmpty();
    assertThat(tree2026.unit("D303")).isEmpty();
    assertThat(tree2026.childrenOf("X11311"))
        .containsExactlyInAnyOrder("S100001", "S100002", "S100003");
    assertThat(tree2026.ancestorsOf("S100003")).containsExactly("X11311", "SGD31");
  }

  @Test
  void recordsTheSuccessorAndTheLastDayOfMergedUnits() {
    reform();

    OrgUnit merged = directory.unit("X11299").orElseThrow();
    assertThat(merged.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(merged.successorCodes()).containsExactly("X11311");
    assertThat(merged.revision()).isEqualTo(2);
  }

  @Test
  void reportsEveryUnitAMergeChanged() {
    directory.create(unit("X11311", "Phường Hồng Bàng", OrgUnitKind.COMMUNE, REFORM), "SGD31");

    DirectoryChange change = directory.merge(List.of("X11296", "X11299"), "X11311", REFORM);

    assertThat(change.units())
        .extracting(c -> c.type() + ":" + c.unit().code())
        .containsExactlyInAnyOrder(
            "MOVED:S100001", "MOVED:S100002", "MOVED:S100003", "MERGED:X11296", "MERGED:X11299");
    assertThat(change.units().stream().filter(c -> c.type() == ChangeType.MOVED))
        .allSatisfy(c -> assertThat(c.currentLink().parentCode()).isEqualTo("X11311"));
  }

  @Test
  void movesASchoolFromADateWithoutRewritingWhereItWasBefore() {
    LocalDate september = LocalDate.of(2024, 9, 1);

    directory.move("S100003", "X11296", september);

    assertThat(directory.asOf(september.minusDays(1)).parentOf("S100003")).contains("X11299");
    assertThat(directory.asOf(september).parentOf("S100003")).contains("X11296");
    assertThat(directory.linksOf("S100003"))
        .extracting(ParentLink::parentCode, ParentLink::validTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("X11299", september.minusDays(1)),
            org.assertj.core.groups.Tuple.tuple("X11296", null));
  }

  @Test
  void refusesAMoveThatWouldMakeACycle() {
    assertThatThrownBy(() -> directory.move("D303", "X11296", IN_2024))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "cycle"));
    assertThatThrownBy(() -> directory.move("X11296", "X11296", IN_2024))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "cycle"));
  }

  @Test
  void refusesAParentThatDoesNotExistOnTheDate() {
    reform();

    assertThatThrownBy(
            () ->
                directory.create(
                    school(
                        "S100009",
                        "Trường Mầm non Hoa Sen",
                        SchoolLevel.PRESCHOOL,
                        LocalDate.of(2026, 9, 1)),
                    "X11296"))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "unit-not-valid"));
  }

  @Test
  void refusesUnknownParentsDuplicateCodesAndWrongParentKinds() {
    assertThatThrownBy(
            () ->
                directory.create(
                    school("S100009", "Trường A", SchoolLevel.PRIMARY, EPOCH), "X99999"))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "unknown-unit"));
    assertThatThrownBy(
            () ->
                directory.create(
                    school("S100001", "Trường B", SchoolLevel.PRIMARY, EPOCH), "X11296"))
        .satisfies(thrown -> assertRefused(thrown, "org-unit-exists", "duplicate-code"));
    assertThatThrownBy(
            () ->
                directory.create(unit("X11300", "Phường C", OrgUnitKind.COMMUNE, EPOCH), "S100001"))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "parent-kind"));
  }

  @Test
  void refusesToCloseAUnitThatStillHasUnitsBelowIt() {
    assertThatThrownBy(() -> directory.close("X11299", IN_2024))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "has-children"));
  }

  @Test
  void refusesToMergeUnitsOfDifferentKinds() {
    assertThatThrownBy(() -> directory.merge(List.of("S100001"), "X11299", IN_2024))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "kind-mismatch"));
  }

  @Test
  void checksTheShapeOfAUnit() {
    assertThatThrownBy(() -> unit("bad code", "x", OrgUnitKind.COMMUNE, EPOCH))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "invalid-code"));
    assertThatThrownBy(() -> unit("S1", "Trường", OrgUnitKind.SCHOOL, EPOCH))
        .satisfies(thrown -> assertRefused(thrown, "org-directory-rule", "school-level"));
    assertThatThrownBy(
            () ->
                new OrgUnit(
                    "X1", "Xã", OrgUnitKind.COMMUNE, null, null, "1234", EPOCH, null, List.of(), 1))
        .satisfies(
            thrown -> assertRefused(thrown, "org-directory-rule", "invalid-administrative-code"));
  }

  @Test
  void normalisesNamesToNfc() {
    String decomposed = "Tru\u031Bo\u031B\u0300ng Tie\u0302\u0309u ho\u0323c";

    OrgUnit unit = school("S100010", decomposed, SchoolLevel.PRIMARY, EPOCH);

    assertThat(unit.name()).isEqualTo("Trường Tiểu học");
  }

  /** Refused with the problem code {@code problem} naming the one broken {@code rule}. */
  private static void assertRefused(Throwable thrown, String problem, String rule) {
    assertThat(thrown).isInstanceOf(ApplicationException.class);
    ApplicationException refused = (ApplicationException) thrown;
    assertThat(refused.code()).isEqualTo(problem);
    assertThat(refused.violations()).extracting(Violation::code).containsExactly(rule);
  }
}
