package vn.edu.platform.bench.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a deterministic roster CSV (same seed, same bytes): Vietnamese names and addresses, commas
 * inside quoted cells, about 1% of names in decomposed Unicode (as some keyboards type them), about
 * 5% rows with a validation error and a few duplicated student codes that only the database's
 * primary key catches.
 */
final class RosterFileGenerator {

  private static final String[] SURNAMES = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý"
  };
  private static final String[] MIDDLE = {
    "Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Thanh", "Gia", "Bảo", "Khánh"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khoa", "Lan", "Linh", "Long",
    "Mai", "Nam", "Nhung", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tú", "Uyên", "Việt",
    "Yến"
  };
  private static final String[] STREETS = {
    "Lê Lợi",
    "Trần Phú",
    "Điện Biên Phủ",
    "Lạch Tray",
    "Tô Hiệu",
    "Hai Bà Trưng",
    "Quang Trung",
    "Nguyễn Đức Cảnh",
    "Lê Thánh Tông",
    "Văn Cao"
  };
  private static final String[] WARDS = {
    "Hồng Bàng", "Lê Chân", "Ngô Quyền", "Hải An", "Kiến An", "Đồ Sơn", "An Dương", "Thủy Nguyên"
  };
  private static final String[] PHONE_PREFIXES = {"090", "091", "098", "097", "086", "038", "035"};
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String HEADER =
      "Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Mã trường,Lớp,Số điện thoại phụ huynh,Địa chỉ";

  /** Counts of what was generated, to check the import's figures against. */
  record Expected(long rows, long invalidRows, long duplicateRows) {}

  private RosterFileGenerator() {}

  static Expected write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long invalid = 0;
    long duplicates = 0;
    try (OutputStream out = Files.newOutputStream(file);
        BufferedWriter writer =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      writer.write('\uFEFF');
      writer.write(HEADER);
      writer.write("\r\n");
      for (int i = 1; i <= rows; i++) {
        String code = String.format("HS%08d", i);
        String name =
            SURNAMES[random.nextInt(SURNAMES.length)]
                + " "
                + MIDDLE[random.nextInt(MIDDLE.length)]
                + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        if (random.nextInt(100) == 0) {
          name = Normalizer.normalize(name, Normalizer.Form.NFD);
        }
        int grade = 1 + random.nextInt(12);
        LocalDate birth = LocalDate.of(2019 - grade, 1, 1).plusDays(random.nextInt(365));
        String date = birth.format(DAY_FIRST);
        String gender = random.nextBoolean() ? "Nam" : "Nữ";
        String school = String.format("S31%04d", random.nextInt(300));
        String className = grade + "A" + (1 + random.nextInt(6));
        String phone =
            PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)]
                + String.format("%07d", random.nextInt(10_000_000));
        String address =
            "Số "
                + (1 + random.nextInt(300))
                + ", đường "
                + STREETS[random.nextInt(STREETS.length)]
                + ", phường "
                + WARDS[random.nextInt(WARDS.length)]
                + ", Hải Phòng";
        if (i % 50_000 == 0) {
          // repeats the previous (always valid) row's code: only the primary key catches it
          code = String.format("HS%08d", i - 1);
          duplicates++;
        } else if (random.nextInt(20) == 0 && (i + 1) % 50_000 != 0) {
          invalid++;
          switch (random.nextInt(5)) {
            case 0 -> date = "31/02/" + birth.getYear();
            case 1 -> name = "";
            case 2 -> phone = "12345";
            case 3 -> gender = "Khác";
            default -> school = "TRUONG-" + random.nextInt(100);
          }
        }
        writer.write(code);
        writer.write(',');
        writer.write(name);
        writer.write(',');
        writer.write(date);
        writer.write(',');
        writer.write(gender);
        writer.write(',');
        writer.write(school);
        writer.write(',');
        writer.write(className);
        writer.write(',');
        writer.write(phone);
        writer.write(",\"");
        writer.write(address);
        writer.write("\"\r\n");
      }
    }
    return new Expected(rows, invalid, duplicates);
  }
}
