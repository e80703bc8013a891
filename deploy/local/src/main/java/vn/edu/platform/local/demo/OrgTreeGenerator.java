package vn.edu.platform.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates the organisation directory of Hải Phòng (province code 31) from the real commune
 * conversion table: the department and its divisions, the 114 communes with their national codes
 * and a People's Committee each, and about 700 schools with realistic names. Deterministic: the
 * same seed and size give the same units in the same order, and each commune draws from its own
 * random stream, so adding a commune does not rename the schools of another.
 *
 * <p>School codes are {@code S31} + 4 digits: {@code 0xxx} for schools directly under the
 * department, and a block of ten codes per commune from {@code 1001} on, communes in the order
 * {@code X11311}, {@code X11629}, then by code. The fixture units every service's tests use ({@code
 * platform-test}'s {@code OrgTreeFixture}) and the Keycloak demo users' units come out with the
 * same codes, names and meaning.
 */
public final class OrgTreeGenerator {

  /** The default seed: any other gives other names and counts around the same fixtures. */
  public static final long DEFAULT_SEED = 20250701L;

  /** First day of the tree without districts. */
  public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

  /** Last day of the pre-reform tree. */
  public static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM_DATE.minusDays(1);

  /**
   * The department and its divisions long predate the 2025 reform; the demo plans of 2022 and early
   * 2025 name them, and plan-service checks a plan's units on the plan's date.
   */
  public static final LocalDate DEPARTMENT_SINCE = LocalDate.of(2000, 1, 1);

  /**
   * Start of validity of the pre-reform units. The conversion table has no start dates: this is a
   * demo value, early enough for reports of the school years 2020-2025.
   */
  public static final LocalDate BEFORE_REFORM_VALID_FROM = LocalDate.of(2020, 1, 1);

  public static final String DEPARTMENT = "SGD31";
  static final String PROVINCE_CODE = "31";
  static final String FIXTURE_COMMUNE_URBAN = "11311";
  static final String FIXTURE_COMMUNE_RURAL = "11629";

  private static final int SCHOOLS_PER_COMMUNE_BLOCK = 10;
  private static final int FIRST_COMMUNE_SCHOOL = 1001;
  private static final int UPPER_SECONDARY_SCHOOLS = 60;
  private static final int CONTINUING_EDUCATION_CENTRES = 10;

  /** Fixture schools of the two fixture communes: level order MN, TH, THCS, then their names. */
  private static final Map<String, List<String>> FIXTURE_SCHOOL_NAMES =
      Map.of(
          FIXTURE_COMMUNE_URBAN,
          List.of(
              "Trường Mầm non Hoa Phượng", "Trường Tiểu học Hồng Bàng", "Trường THCS Hùng Vương"),
          FIXTURE_COMMUNE_RURAL,
          List.of("Trường Mầm non An Lão", "Trường Tiểu học An Lão", "Trường THCS An Lão"));

  private static final List<SchoolLevel> BASE_LEVELS =
      List.of(SchoolLevel.PRESCHOOL, SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY);

  private final List<CommuneConversion> conversions;
  private final long seed;
  private final DemoSize size;

  public OrgTreeGenerator(List<CommuneConversion> conversions, long seed, DemoSize size) {
    this.conversions = List.copyOf(conversions);
    this.seed = seed;
    this.size = size;
  }

  /** The generator over the real Hải Phòng rows. */
  public static OrgTreeGenerator haiPhong(long seed, DemoSize size) {
    return new OrgTreeGenerator(CommuneConversion.haiPhong(), seed, size);
  }

  public DemoOrgTree generate() {
    Map<String, List<CommuneConversion>> communes = communesInCodeOrder();
    List<OrgUnit> current = new ArrayList<>();
    List<OrgUnit> before = new ArrayList<>();
    LocalDate from = REFORM_DATE;

    current.add(
        OrgUnit.unit(
            DEPARTMENT,
            "Sở Giáo dục và Đào tạo Hải Phòng",
            UnitKind.DEPARTMENT,
            null,
            null,
            DEPARTMENT_SINCE,
            null));
    Stream.of(
            new String[] {"SGD31-VP", "Văn phòng"},
            new String[] {"SGD31-GDTrH", "Phòng Giáo dục Trung học"},
            new String[] {"SGD31-GDMN-GDTH", "Phòng Giáo dục Mầm non - Giáo dục Tiểu học"},
            new String[] {"SGD31-KTQLCL", "Phòng Khảo thí và Quản lý chất lượng giáo dục"},
            new String[] {"SGD31-TTr", "Thanh tra"},
            new String[] {"SGD31-KHTC", "Phòng Kế hoạch - Tài chính"},
            new String[] {
              "SGD31-GDTX", "Phòng Giáo dục thường xuyên, Giáo dục nghề nghiệp và Đại học"
            })
        .forEach(
            division ->
                current.add(
                    OrgUnit.unit(
                        division[0],
                        division[1],
                        UnitKind.DIVISION,
                        null,
                        DEPARTMENT,
                        DEPARTMENT_SINCE,
                        null)));

    List<OrgUnit> departmentSchools = departmentSchools(communes);
    List<OrgUnit> communeUnits = new ArrayList<>();
    List<OrgUnit> communeSchools = new ArrayList<>();
    int block = 0;
    for (Map.Entry<String, List<CommuneConversion>> commune : communes.entrySet()) {
      String code = commune.getKey();
      String communeCode = "X" + code;
      String name = commune.getValue().getFirst().newName();
      communeUnits.add(
          OrgUnit.unit(communeCode, name, UnitKind.COMMUNE, code, DEPARTMENT, from, null));
      communeUnits.add(
          OrgUnit.unit(
              "UB" + code,
              "Ủy ban nhân dân " + name,
              UnitKind.PEOPLES_COMMITTEE,
              null,
              communeCode,
              from,
              null));
      communeSchools.addAll(schoolsOf(code, commune.getValue(), FIRST_COMMUNE_SCHOOL + block));
      block += SCHOOLS_PER_COMMUNE_BLOCK;
    }
    current.addAll(communeUnits);
    current.addAll(departmentSchools);
    current.addAll(communeSchools);

    before.addAll(treeBeforeReform(communes, departmentSchools, communeSchools));
    return new DemoOrgTree(current, before);
  }

  /** New communes (code → their conversion rows), fixture communes first, then by code. */
  private Map<String, List<CommuneConversion>> communesInCodeOrder() {
    Map<String, List<CommuneConversion>> byCode = new LinkedHashMap<>();
    conversions.stream()
        .sorted(
            Comparator.comparing(
                    (CommuneConversion row) ->
                        row.newCode().equals(FIXTURE_COMMUNE_URBAN)
                            ? 0
                            : row.newCode().equals(FIXTURE_COMMUNE_RURAL) ? 1 : 2)
                .thenComparing(CommuneConversion::newCode))
        .forEach(row -> byCode.computeIfAbsent(row.newCode(), c -> new ArrayList<>()).add(row));
    if (size == DemoSize.SMALL) {
      byCode.keySet().retainAll(FIXTURE_SCHOOL_NAMES.keySet());
    }
    return byCode;
  }

  private List<OrgUnit> schoolsOf(String communeCode, List<CommuneConversion> rows, int firstCode) {
    Random random = new Random(seed * 1_000_003L + Long.parseLong(communeCode));
    List<SchoolLevel> levels = new ArrayList<>(BASE_LEVELS);
    if (size == DemoSize.FULL) {
      levels.add(SchoolLevel.PRESCHOOL);
      levels.add(SchoolLevel.PRIMARY);
      if (random.nextInt(100) < 20) {
        levels.add(SchoolLevel.PRESCHOOL);
      }
      if (random.nextInt(100) < 40) {
        levels.add(SchoolLevel.LOWER_SECONDARY);
      }
      if (random.nextInt(100) < 8) {
        levels.add(SchoolLevel.MULTI_LEVEL);
      }
    } else {
      levels.retainAll(BASE_LEVELS);
    }
    List<String> localPlaces = localPlaces(rows);
    List<String> fixtureNames = FIXTURE_SCHOOL_NAMES.getOrDefault(communeCode, List.of());
    Set<String> taken = new HashSet<>(fixtureNames);
    List<OrgUnit> schools = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      SchoolLevel level = levels.get(i);
      boolean fixture = i < fixtureNames.size();
      Ownership ownership = fixture ? Ownership.PUBLIC : ownershipOf(level, random.nextInt(100));
      String name =
          fixture
              ? fixtureNames.get(i)
              : SchoolNames.pick(level, ownership, localPlaces, taken, random);
      taken.add(name);
      schools.add(
          OrgUnit.school(
              schoolCode(firstCode + i),
              name,
              level,
              ownership,
              "X" + communeCode,
              REFORM_DATE,
              null));
    }
    return schools;
  }

  private static Ownership ownershipOf(SchoolLevel level, int percentile) {
    int privateShare =
        switch (level) {
          case PRESCHOOL -> 18;
          case PRIMARY, LOWER_SECONDARY -> 3;
          default -> 0;
        };
    return percentile < privateShare ? Ownership.PRIVATE : Ownership.PUBLIC;
  }

  /** The new commune's own place name, then those of the old communes it was formed from. */
  private static List<String> localPlaces(List<CommuneConversion> rows) {
    List<String> places = new ArrayList<>();
    places.add(SchoolNames.placeName(rows.getFirst().newName()));
    rows.stream()
        .filter(row -> !row.oldCode().isEmpty())
        .map(row -> SchoolNames.placeName(row.oldName()))
        .filter(place -> !places.contains(place))
        .forEach(places::add);
    return places;
  }

  /**
   * Upper-secondary schools and continuing-education centres directly under the department: the two
   * fixtures, schools named after people and after the old districts, a few private ones, and one
   * centre per rural district.
   */
  private List<OrgUnit> departmentSchools(Map<String, List<CommuneConversion>> communes) {
    List<OrgUnit> schools = new ArrayList<>();
    schools.add(
        departmentSchool(
            1, "Trường THPT Ngô Quyền", SchoolLevel.UPPER_SECONDARY, Ownership.PUBLIC));
    schools.add(
        departmentSchool(
            2,
            "Trung tâm Giáo dục thường xuyên Hải Phòng",
            SchoolLevel.CONTINUING_EDUCATION,
            Ownership.PUBLIC));
    if (size == DemoSize.SMALL) {
      return schools;
    }
    // public schools: named after people, then after the old districts, then second schools
    Set<String> upperSecondary = new LinkedHashSet<>();
    upperSecondary.add("Trường THPT Ngô Quyền");
    SchoolNames.UPPER_SECONDARY_FIGURES.forEach(n -> upperSecondary.add("Trường THPT " + n));
    List<String> districts = districtPlaceNames(communes);
    districts.forEach(d -> upperSecondary.add("Trường THPT " + d));
    int publicSchools = UPPER_SECONDARY_SCHOOLS - SchoolNames.PRIVATE_UPPER_SECONDARY.size();
    for (int i = 0; upperSecondary.size() < publicSchools; i++) {
      upperSecondary.add("Trường THPT " + districts.get(i % districts.size()) + " II");
    }
    int number = 3;
    for (String name : upperSecondary.stream().skip(1).limit(publicSchools - 1).toList()) {
      schools.add(departmentSchool(number++, name, SchoolLevel.UPPER_SECONDARY, Ownership.PUBLIC));
    }
    for (String name : SchoolNames.PRIVATE_UPPER_SECONDARY) {
      schools.add(
          departmentSchool(
              number++, "Trường THPT " + name, SchoolLevel.UPPER_SECONDARY, Ownership.PRIVATE));
    }
    List<String> ruralDistricts =
        distinctDistricts(communes).values().stream()
            .filter(name -> name.startsWith("Huyện "))
            .map(SchoolNames::placeName)
            .toList();
    for (int i = 0; i < CONTINUING_EDUCATION_CENTRES - 1 && i < ruralDistricts.size(); i++) {
      schools.add(
          departmentSchool(
              number++,
              "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên " + ruralDistricts.get(i),
              SchoolLevel.CONTINUING_EDUCATION,
              Ownership.PUBLIC));
    }
    return schools;
  }

  private static OrgUnit departmentSchool(
      int number, String name, SchoolLevel level, Ownership ownership) {
    return OrgUnit.school(
        schoolCode(number), name, level, ownership, DEPARTMENT, REFORM_DATE, null);
  }

  private static String schoolCode(int number) {
    return "S%s%04d".formatted(PROVINCE_CODE, number);
  }

  /** Old districts (code → name) in code order; a district that had no communes is kept. */
  private Map<String, String> distinctDistricts(Map<String, List<CommuneConversion>> communes) {
    Map<String, String> districts = new java.util.TreeMap<>();
    conversions.forEach(row -> districts.putIfAbsent(row.oldDistrictCode(), row.oldDistrictName()));
    return districts;
  }

  private List<String> districtPlaceNames(Map<String, List<CommuneConversion>> communes) {
    return distinctDistricts(communes).values().stream()
        .map(SchoolNames::placeName)
        .filter(place -> !place.equals("Bạch Long Vĩ"))
        .distinct()
        .toList();
  }

  /**
   * The tree until 30 June 2025: the departments of Hải Phòng and Hải Dương, their districts, the
   * old communes, and each school under one old commune of its new commune (upper-secondary schools
   * and centres stay under a department).
   */
  private List<OrgUnit> treeBeforeReform(
      Map<String, List<CommuneConversion>> communes,
      List<OrgUnit> departmentSchools,
      List<OrgUnit> communeSchools) {
    LocalDate from = BEFORE_REFORM_VALID_FROM;
    LocalDate to = LAST_DAY_BEFORE_REFORM;
    List<CommuneConversion> rows = communes.values().stream().flatMap(List::stream).toList();
    Map<String, String> provinces = new java.util.TreeMap<>();
    rows.forEach(row -> provinces.putIfAbsent(row.oldProvinceCode(), row.oldProvinceName()));
    List<OrgUnit> units = new ArrayList<>();
    provinces.forEach(
        (code, name) ->
            units.add(
                OrgUnit.unit(
                    "SGD" + code,
                    "Sở Giáo dục và Đào tạo " + SchoolNames.placeName(provinceShortName(name)),
                    UnitKind.DEPARTMENT,
                    null,
                    null,
                    from,
                    to)));
    Map<String, CommuneConversion> districts = new java.util.TreeMap<>();
    rows.forEach(row -> districts.putIfAbsent(row.oldDistrictCode(), row));
    districts.forEach(
        (code, row) ->
            units.add(
                OrgUnit.unit(
                    "H" + code,
                    row.oldDistrictName(),
                    UnitKind.DISTRICT,
                    code,
                    "SGD" + row.oldProvinceCode(),
                    from,
                    to)));
    Map<String, CommuneConversion> oldCommunes = new java.util.TreeMap<>();
    rows.stream()
        .filter(row -> !row.oldCode().isEmpty())
        .forEach(row -> oldCommunes.putIfAbsent(row.oldCode(), row));
    oldCommunes.forEach(
        (code, row) ->
            units.add(
                OrgUnit.unit(
                    "X" + code,
                    row.oldName(),
                    UnitKind.COMMUNE,
                    code,
                    "H" + row.oldDistrictCode(),
                    from,
                    to)));
    Map<String, String> provinceOfPlace = new LinkedHashMap<>();
    rows.forEach(
        row ->
            provinceOfPlace.putIfAbsent(
                SchoolNames.placeName(row.oldDistrictName()), row.oldProvinceCode()));
    for (OrgUnit school : departmentSchools) {
      String place =
          school
              .name()
              .replaceFirst("^Trường THPT ", "")
              .replaceFirst("^Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên ", "")
              .replaceFirst(" II$", "");
      units.add(school.asOf("SGD" + provinceOfPlace.getOrDefault(place, PROVINCE_CODE), from, to));
    }
    Map<String, Integer> perCommune = new LinkedHashMap<>();
    for (OrgUnit school : communeSchools) {
      List<CommuneConversion> sources = communes.get(school.parentCode().substring(1));
      int index = perCommune.merge(school.parentCode(), 1, Integer::sum) - 1;
      CommuneConversion source = sources.get(index % sources.size());
      String parent =
          source.oldCode().isEmpty() ? "H" + source.oldDistrictCode() : "X" + source.oldCode();
      units.add(school.asOf(parent, from, to));
    }
    return units;
  }

  /**
   * {@code Thành phố Hải Phòng} → {@code Hải Phòng}; {@code Tỉnh Hải Dương} → {@code Hải Dương}.
   */
  private static String provinceShortName(String name) {
    return name.startsWith("Tỉnh ") ? name.substring("Tỉnh ".length()) : name;
  }
}
