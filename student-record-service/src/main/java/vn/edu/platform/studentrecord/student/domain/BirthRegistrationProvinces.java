package vn.edu.platform.studentrecord.student.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes of the province where a birth was registered, the first three digits of a personal
 * identification number (mã tỉnh nơi công dân đăng ký khai sinh).
 *
 * <p>Source: the appendix of Circular 07/2016/TT-BCA (the list of province codes, Article 7), kept
 * by Circular 59/2021/TT-BCA, which details the Law on Citizen Identification; the codes are the 63
 * provinces' statistical codes of Decision 124/2004/QĐ-TTg written on three digits. The merger of
 * provinces of 1 July 2025 renumbered no personal identification number (the number is given for
 * life), so these 63 codes are the ones students' numbers carry; a code the Ministry of Public
 * Security assigns to a merged province would be added here.
 */
public final class BirthRegistrationProvinces {

  private static final Map<String, String> CODES = codes();

  private BirthRegistrationProvinces() {}

  /** Whether {@code code} is one of the 63 codes in use. */
  public static boolean isInUse(String code) {
    return CODES.containsKey(code);
  }

  /** The codes in use, with the province's name, in code order. */
  public static Map<String, String> all() {
    return CODES;
  }

  private static Map<String, String> codes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("001", "Hà Nội");
    codes.put("002", "Hà Giang");
    codes.put("004", "Cao Bằng");
    codes.put("006", "Bắc Kạn");
    codes.put("008", "Tuyên Quang");
    codes.put("010", "Lào Cai");
    codes.put("011", "Điện Biên");
    codes.put("012", "Lai Châu");
    codes.put("014", "Sơn La");
    codes.put("015", "Yên Bái");
    codes.put("017", "Hòa Bình");
    codes.put("019", "Thái Nguyên");
    codes.put("020", "Lạng Sơn");
    codes.put("022", "Quảng Ninh");
    codes.put("024", "Bắc Giang");
    codes.put("025", "Phú Thọ");
    codes.put("026", "Vĩnh Phúc");
    codes.put("027", "Bắc Ninh");
    codes.put("030", "Hải Dương");
    codes.put("031", "Hải Phòng");
    codes.put("033", "Hưng Yên");
    codes.put("034", "Thái Bình");
    codes.put("035", "Hà Nam");
    codes.put("036", "Nam Định");
    codes.put("037", "Ninh Bình");
    codes.put("038", "Thanh Hóa");
    codes.put("040", "Nghệ An");
    codes.put("042", "Hà Tĩnh");
    codes.put("044", "Quảng Bình");
    codes.put("045", "Quảng Trị");
    codes.put("046", "Thừa Thiên Huế");
    codes.put("048", "Đà Nẵng");
    codes.put("049", "Quảng Nam");
    codes.put("051", "Quảng Ngãi");
    codes.put("052", "Bình Định");
    codes.put("054", "Phú Yên");
    codes.put("056", "Khánh Hòa");
    codes.put("058", "Ninh Thuận");
    codes.put("060", "Bình Thuận");
    codes.put("062", "Kon Tum");
    codes.put("064", "Gia Lai");
    codes.put("066", "Đắk Lắk");
    codes.put("067", "Đắk Nông");
    codes.put("068", "Lâm Đồng");
    codes.put("070", "Bình Phước");
    codes.put("072", "Tây Ninh");
    codes.put("074", "Bình Dương");
    codes.put("075", "Đồng Nai");
    codes.put("077", "Bà Rịa - Vũng Tàu");
    codes.put("079", "Hồ Chí Minh");
    codes.put("080", "Long An");
    codes.put("082", "Tiền Giang");
    codes.put("083", "Bến Tre");
    codes.put("084", "Trà Vinh");
    codes.put("086", "Vĩnh Long");
    codes.put("087", "Đồng Tháp");
    codes.put("089", "An Giang");
    codes.put("091", "Kiên Giang");
    codes.put("092", "Cần Thơ");
    codes.put("093", "Hậu Giang");
    codes.put("094", "Sóc Trăng");
    codes.put("095", "Bạc Liêu");
    codes.put("096", "Cà Mau");
    return Collections.unmodifiableMap(codes);
  }
}
