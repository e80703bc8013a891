package vn.edu.platform.plan.orgunit.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView.Kind;

class OrgTreeViewTests {

  private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

  private static OrgUnitView unit(String code, String name, Kind kind) {
    return new OrgUnitView(code, name, kind, null, DAY, null, List.of());
  }

  private final OrgTreeView tree =
      OrgTreeView.of(
          DAY,
          List.of(
              unit("SGD", "Sở", Kind.DEPARTMENT),
              unit("X1", "Phường B", Kind.COMMUNE),
              unit("X2", "Phường A", Kind.COMMUNE),
              unit("S1", "Trường Z", Kind.SCHOOL),
              unit("S2", "Trường Y", Kind.SCHOOL)),
          Map.of("X1", "SGD", "X2", "SGD", "S1", "X1", "S2", "X1", "S9", "X1"));

  @Test
  void walksDownBreadthFirstWithChildrenInNameOrder() {
    assertThat(tree.subtreeOf("SGD")).containsExactly("SGD", "X2", "X1", "S2", "S1");
    assertThat(tree.subtreeOf("X1")).containsExactly("X1", "S2", "S1");
    assertThat(tree.subtreeOf("S9")).isEmpty();
  }

  @Test
  void walksUpToTheRoot() {
    assertThat(tree.ancestorsOf("S1")).containsExactly("X1", "SGD");
    assertThat(tree.parentOf("SGD")).isEmpty();
    assertThat(tree.roots()).extracting(OrgUnitView::code).containsExactly("SGD");
    assertThat(tree.isWithin("S1", "SGD")).isTrue();
    assertThat(tree.isWithin("S1", "X2")).isFalse();
    assertThat(tree.isWithin("S9", "X1")).isFalse();
  }

  @Test
  void ignoresParentLinksOfUnitsOutsideTheDay() {
    OrgTreeView orphan =
        OrgTreeView.of(DAY, List.of(unit("S1", "Trường", Kind.SCHOOL)), Map.of("S1", "X1"));

    assertThat(orphan.parentOf("S1")).isEmpty();
    assertThat(orphan.roots()).extracting(OrgUnitView::code).containsExactly("S1");
  }
}
