package vn.edu.platform.local.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic Vietnamese school names. Schools are usually named after the place they serve (often a
 * pre-2025 commune), a national figure, or, for preschools, a flower or bird; private schools carry
 * "tư thục".
 */
final class SchoolNames {

  static final List<String> PRESCHOOL_NAMES =
      List.of(
          "Hoa Sen",
          "Hoa Mai",
          "Hoa Hồng",
          "Hoa Phượng",
          "Hoa Đào",
          "Hoa Sữa",
          "Hoa Lan",
          "Hoa Cúc",
          "Hoa Ban",
          "Sơn Ca",
          "Họa Mi",
          "Vàng Anh",
          "Sao Mai",
          "Bình Minh",
          "Ánh Dương",
          "Hướng Dương",
          "Tuổi Thơ",
          "Tuổi Hoa",
          "Măng Non",
          "Búp Sen Hồng",
          "Ngôi Sao",
          "Cầu Vồng",
          "Thỏ Ngọc",
          "Bông Sen");

  static final List<String> NATIONAL_FIGURES =
      List.of(
          "Lê Lợi",
          "Trần Hưng Đạo",
          "Nguyễn Trãi",
          "Lý Tự Trọng",
          "Kim Đồng",
          "Võ Thị Sáu",
          "Chu Văn An",
          "Lê Quý Đôn",
          "Nguyễn Du",
          "Hùng Vương",
          "Lê Văn Tám",
          "Trần Quốc Toản",
          "Nguyễn Bỉnh Khiêm",
          "Tô Hiệu",
          "Lê Hồng Phong",
          "Phan Bội Châu",
          "Quang Trung",
          "Hai Bà Trưng",
          "Bà Triệu",
          "Lương Thế Vinh",
          "Nguyễn Văn Trỗi",
          "Đinh Tiên Hoàng",
          "Lý Thường Kiệt",
          "Ngô Gia Tự",
          "Nguyễn Khuyến",
          "Mạc Đĩnh Chi",
          "Phạm Ngũ Lão",
          "Nguyễn Đình Chiểu",
          "Trần Quang Khải",
          "Lê Thánh Tông");

  /** Upper-secondary schools under the department named after a person (public). */
  static final List<String> UPPER_SECONDARY_FIGURES =
      List.of(
          "Trần Phú",
          "Thái Phiên",
          "Lê Quý Đôn",
          "Lê Hồng Phong",
          "Hồng Bàng",
          "Nguyễn Trãi",
          "Nguyễn Bỉnh Khiêm",
          "Trần Nguyên Hãn",
          "Lê Chân",
          "Nguyễn Khuyến",
          "Mạc Đĩnh Chi",
          "Nguyễn Đức Cảnh",
          "Tô Hiệu",
          "Phạm Ngũ Lão",
          "Quang Trung",
          "Hồng Quang");

  /** Private upper-secondary schools. */
  static final List<String> PRIVATE_UPPER_SECONDARY =
      List.of(
          "Hàng Hải",
          "Anhxtanh",
          "Marie Curie",
          "Lương Thế Vinh",
          "Nguyễn Tất Thành",
          "Thăng Long");

  private static final List<String> PLACE_PREFIXES =
      List.of(
          "Phường ", "Xã ", "Thị trấn ", "Đặc khu ", "Quận ", "Huyện ", "Thành phố ", "Thị xã ");

  private SchoolNames() {}

  /** {@code Phường Hồng Bàng} → {@code Hồng Bàng}; {@code Huyện An Lão} → {@code An Lão}. */
  static String placeName(String officialName) {
    for (String prefix : PLACE_PREFIXES) {
      if (officialName.startsWith(prefix)) {
        return officialName.substring(prefix.length());
      }
    }
    return officialName;
  }

  /** The name prefix of a level, e.g. {@code Trường THCS }. */
  static String prefix(SchoolLevel level, Ownership ownership) {
    String base =
        switch (level) {
          case PRESCHOOL -> "Trường Mầm non ";
          case PRIMARY -> "Trường Tiểu học ";
          case LOWER_SECONDARY -> "Trường THCS ";
          case MULTI_LEVEL -> "Trường TH và THCS ";
          case UPPER_SECONDARY -> "Trường THPT ";
          case CONTINUING_EDUCATION -> "Trung tâm Giáo dục thường xuyên ";
        };
    return ownership == Ownership.PRIVATE && level != SchoolLevel.UPPER_SECONDARY
        ? base + "tư thục "
        : base;
  }

  /**
   * A name for a school of a commune, not yet in {@code taken}: after a local place name (with some
   * probability, while one is free), else from the level's pool, else a numbered place name.
   */
  static String pick(
      SchoolLevel level,
      Ownership ownership,
      List<String> localPlaces,
      Set<String> taken,
      Random random) {
    String prefix = prefix(level, ownership);
    List<String> pool =
        level == SchoolLevel.PRESCHOOL || ownership == Ownership.PRIVATE
            ? PRESCHOOL_NAMES
            : NATIONAL_FIGURES;
    boolean local = ownership == Ownership.PUBLIC && random.nextInt(100) < 55;
    List<String> candidates = new ArrayList<>();
    if (local) {
      candidates.addAll(localPlaces);
    }
    candidates.addAll(shuffled(pool, random));
    candidates.addAll(localPlaces);
    for (String candidate : candidates) {
      String name = prefix + candidate;
      if (!taken.contains(name)) {
        return name;
      }
    }
    for (int number = 2; ; number++) {
      String name = prefix + localPlaces.getFirst() + " " + number;
      if (!taken.contains(name)) {
        return name;
      }
    }
  }

  private static List<String> shuffled(Collection<String> values, Random random) {
    List<String> copy = new ArrayList<>(values);
    java.util.Collections.shuffle(copy, random);
    return copy;
  }
}
