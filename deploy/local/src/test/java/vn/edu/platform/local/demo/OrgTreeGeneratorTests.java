package vn.edu.platform.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class OrgTreeGeneratorTests {

  private static final DemoOrgTree FULL =
      OrgTreeGenerator.haiPhong(OrgTreeGenerator.DEFAULT_SEED, DemoSize.FULL).generate();
  private static final DemoOrgTree SMALL =
      OrgTreeGenerator.haiPhong(OrgTreeGenerator.DEFAULT_SEED, DemoSize.SMALL).generate();

  @Test
  void sameSeedAndSizeGiveTheSameBytes() {
    DemoOrgTree again =
        OrgTreeGenerator.haiPhong(OrgTreeGenerator.DEFAULT_SEED, DemoSize.FULL).generate();

    assertThat(OrgUnitCsv.current(again.current())).isEqualTo(OrgUnitCsv.current(FULL.current()));
    assertThat(OrgUnitCsv.withValidTo(again.beforeReform()))
        .isEqualTo(OrgUnitCsv.withValidTo(FULL.beforeReform()));
  }

  @Test
  void anotherSeedGivesOtherSchoolsAroundTheSameFixtures() {
    DemoOrgTree other = OrgTreeGenerator.haiPhong(7L, DemoSize.FULL).generate();

    assertThat(OrgUnitCsv.current(other.current()))
        .isNotEqualTo(OrgUnitCsv.current(FULL.current()));
    assertThat(byCode(other.current()).get("S311002").name())
        .isEqualTo("Trường Tiểu học Hồng Bàng");
  }

  @Test
  void fullSizeHasTheProvincesCommunesAndAboutSevenHundredSchools() {
    assertThat(count(FULL.current(), UnitKind.COMMUNE)).isEqualTo(114);
    assertThat(count(FULL.current(), UnitKind.PEOPLES_COMMITTEE)).isEqualTo(114);
    assertThat(FULL.currentSchools()).hasSizeBetween(650, 750);
    assertThat(
            FULL.currentSchools().stream()
                .filter(s -> "SGD31".equals(s.parentCode()))
                .collect(Collectors.groupingBy(OrgUnit::schoolLevel, Collectors.counting())))
        .containsEntry(SchoolLevel.UPPER_SECONDARY, 60L)
        .containsEntry(SchoolLevel.CONTINUING_EDUCATION, 10L);
  }

  @Test
  void everyCommuneHasPreschoolsPrimaryAndLowerSecondarySchools() {
    Map<String, Map<SchoolLevel, Long>> levelsByCommune =
        FULL.currentSchools().stream()
            .filter(s -> s.parentCode().startsWith("X"))
            .collect(
                Collectors.groupingBy(
                    OrgUnit::parentCode,
                    Collectors.groupingBy(OrgUnit::schoolLevel, Collectors.counting())));

    assertThat(levelsByCommune).hasSize(114);
    assertThat(levelsByCommune.values())
        .allSatisfy(
            levels -> {
              assertThat(levels.get(SchoolLevel.PRESCHOOL)).isBetween(2L, 3L);
              assertThat(levels.get(SchoolLevel.PRIMARY)).isEqualTo(2L);
              assertThat(levels.get(SchoolLevel.LOWER_SECONDARY)).isBetween(1L, 2L);
            });
  }

  @Test
  void mostSchoolsArePublicAndSomeArePrivate() {
    long privateSchools =
        FULL.currentSchools().stream().filter(s -> s.ownership() == Ownership.PRIVATE).count();

    assertThat(privateSchools).isBetween(20L, FULL.currentSchools().size() / 5L);
  }

  @Test
  void everyParentExistsAndCodesAreUniqueInEachPeriod() {
    for (List<OrgUnit> tree : List.of(FULL.current(), FULL.beforeReform(), SMALL.current())) {
      Map<String, OrgUnit> units = byCode(tree);
      assertThat(units).hasSize(tree.size());
      assertThat(tree)
          .filteredOn(unit -> unit.parentCode() != null)
          .allSatisfy(unit -> assertThat(units).containsKey(unit.parentCode()));
      List<String> seen = tree.stream().map(OrgUnit::code).toList();
      assertThat(tree)
          .filteredOn(unit -> unit.parentCode() != null)
          .allSatisfy(
              unit ->
                  assertThat(seen.indexOf(unit.parentCode()))
                      .as("parent of %s listed first", unit.code())
                      .isLessThan(seen.indexOf(unit.code())));
    }
  }

  @Test
  void fixtureUnitsOfTestsAndDemoUsersExistWithTheSameMeaning() {
    for (DemoOrgTree tree : List.of(FULL, SMALL)) {
      Map<String, OrgUnit> units = byCode(tree.current());
      assertUnit(units, "SGD31", "Sở Giáo dục và Đào tạo Hải Phòng", UnitKind.DEPARTMENT, null);
      assertUnit(units, "SGD31-VP", "Văn phòng", UnitKind.DIVISION, "SGD31");
      assertUnit(units, "SGD31-GDTrH", "Phòng Giáo dục Trung học", UnitKind.DIVISION, "SGD31");
      assertThat(units)
          .containsKeys("SGD31-GDMN-GDTH", "SGD31-KTQLCL", "SGD31-TTr", "UB11311", "UB11629");
      assertUnit(units, "X11311", "Phường Hồng Bàng", UnitKind.COMMUNE, "SGD31");
      assertUnit(units, "X11629", "Xã An Lão", UnitKind.COMMUNE, "SGD31");
      assertThat(units.get("X11311").administrativeCode()).isEqualTo("11311");
      assertSchool(units, "S311001", SchoolLevel.PRESCHOOL, "X11311");
      assertSchool(units, "S311002", SchoolLevel.PRIMARY, "X11311");
      assertSchool(units, "S311003", SchoolLevel.LOWER_SECONDARY, "X11311");
      assertSchool(units, "S311011", SchoolLevel.PRESCHOOL, "X11629");
      assertSchool(units, "S311012", SchoolLevel.PRIMARY, "X11629");
      assertSchool(units, "S311013", SchoolLevel.LOWER_SECONDARY, "X11629");
      assertSchool(units, "S310001", SchoolLevel.UPPER_SECONDARY, "SGD31");
      assertSchool(units, "S310002", SchoolLevel.CONTINUING_EDUCATION, "SGD31");
      assertThat(units.get("S310001").name()).isEqualTo("Trường THPT Ngô Quyền");
      assertThat(units.get("S311002").name()).isEqualTo("Trường Tiểu học Hồng Bàng");
    }
  }

  @Test
  void onlyCommunesAndDistrictsCarryANationalAdministrativeCode() {
    for (List<OrgUnit> tree : List.of(FULL.current(), FULL.beforeReform())) {
      assertThat(tree)
          .filteredOn(unit -> unit.administrativeCode() != null)
          .isNotEmpty()
          .allMatch(unit -> unit.kind() == UnitKind.COMMUNE || unit.kind() == UnitKind.DISTRICT);
    }
  }

  @Test
  void smallSizeHasTheDepartmentTwoCommunesAndTheirFixtureSchools() {
    assertThat(SMALL.current()).hasSize(20);
    assertThat(count(SMALL.current(), UnitKind.COMMUNE)).isEqualTo(2);
    assertThat(SMALL.currentSchools()).hasSize(8);
  }

  @Test
  void namesAreNfcNormalisedAndUniqueAmongTheChildrenOfAParent() {
    assertThat(FULL.current())
        .allSatisfy(
            unit ->
                assertThat(Normalizer.isNormalized(unit.name(), Normalizer.Form.NFC))
                    .as(unit.name())
                    .isTrue());
    Map<String, List<String>> namesByParent =
        FULL.current().stream()
            .filter(unit -> unit.parentCode() != null)
            .collect(
                Collectors.groupingBy(
                    OrgUnit::parentCode, Collectors.mapping(OrgUnit::name, Collectors.toList())));
    assertThat(namesByParent.values())
        .allSatisfy(names -> assertThat(names).doesNotHaveDuplicates());
  }

  @Test
  void schoolNamesLookVietnameseAndCodesAreSPlusSixDigits() {
    assertThat(FULL.currentSchools())
        .allSatisfy(
            school -> {
              assertThat(school.code()).matches("S31\\d{4}");
              assertThat(school.name())
                  .matches("^(Trường (Mầm non|Tiểu học|THCS|TH và THCS|THPT)|Trung tâm) .+");
            });
  }

  @Test
  void treeBeforeTheReformHasOldCommunesUnderOldDistrictsUntilJune2025() {
    Map<String, OrgUnit> units = byCode(FULL.beforeReform());

    assertThat(FULL.beforeReform())
        .allSatisfy(unit -> assertThat(unit.validTo()).isEqualTo(LocalDate.of(2025, 6, 30)));
    assertThat(units.get("SGD30").name()).isEqualTo("Sở Giáo dục và Đào tạo Hải Dương");
    assertThat(units.get("H303").name()).isEqualTo("Quận Hồng Bàng");
    assertThat(units.get("H303").parentCode()).isEqualTo("SGD31");
    assertThat(units.get("H288").parentCode()).isEqualTo("SGD30");
    assertThat(units.get("X11299").name()).isEqualTo("Phường Hùng Vương");
    assertThat(units.get("X11299").parentCode()).isEqualTo("H303");
    assertThat(count(FULL.beforeReform(), UnitKind.DISTRICT)).isEqualTo(27);
    assertThat(count(FULL.beforeReform(), UnitKind.SCHOOL)).isEqualTo(FULL.currentSchools().size());
    assertThat(units.get("S311001").parentCode()).startsWith("X");
    assertThat(units.get(units.get("S311001").parentCode()).parentCode()).isEqualTo("H303");
  }

  @Test
  void importFileIsUtf8WithBomAndTheAgreedHeader() throws Exception {
    byte[] bytes = OrgUnitCsv.current(SMALL.current());

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "code,name,kind,schoolLevel,ownership,administrativeCode,parentCode,validFrom\r\n");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))
            .getRecords();
    assertThat(rows).hasSize(SMALL.current().size());
    CSVRecord primary =
        rows.stream().filter(row -> row.get("code").equals("S311002")).findFirst().orElseThrow();
    assertThat(primary.toMap())
        .containsEntry("name", "Trường Tiểu học Hồng Bàng")
        .containsEntry("kind", "SCHOOL")
        .containsEntry("schoolLevel", "PRIMARY")
        .containsEntry("ownership", "PUBLIC")
        .containsEntry("administrativeCode", "")
        .containsEntry("parentCode", "X11311")
        .containsEntry("validFrom", "2025-07-01");
    assertThat(Set.copyOf(rows.stream().map(row -> row.get("kind")).toList()))
        .containsExactlyInAnyOrder(
            "DEPARTMENT", "DIVISION", "COMMUNE", "PEOPLES_COMMITTEE", "SCHOOL");
  }

  @Test
  void preReformFileAddsTheValidToColumn() {
    String text =
        new String(OrgUnitCsv.withValidTo(SMALL.beforeReform()), StandardCharsets.UTF_8)
            .substring(1);

    assertThat(text).startsWith(String.join(",", OrgUnitCsv.HEADER) + ",validTo\r\n");
    assertThat(text).contains(",2020-01-01,2025-06-30\r\n");
  }

  private static void assertUnit(
      Map<String, OrgUnit> units, String code, String name, UnitKind kind, String parent) {
    assertThat(units).containsKey(code);
    OrgUnit unit = units.get(code);
    assertThat(unit.name()).isEqualTo(name);
    assertThat(unit.kind()).isEqualTo(kind);
    assertThat(unit.parentCode()).isEqualTo(parent);
  }

  private static void assertSchool(
      Map<String, OrgUnit> units, String code, SchoolLevel level, String parent) {
    assertThat(units).containsKey(code);
    assertThat(units.get(code).schoolLevel()).isEqualTo(level);
    assertThat(units.get(code).parentCode()).isEqualTo(parent);
  }

  private static long count(List<OrgUnit> units, UnitKind kind) {
    return units.stream().filter(unit -> unit.kind() == kind).count();
  }

  private static Map<String, OrgUnit> byCode(List<OrgUnit> units) {
    return units.stream()
        .collect(Collectors.toMap(OrgUnit::code, Function.identity(), (a, b) -> a));
  }
}
