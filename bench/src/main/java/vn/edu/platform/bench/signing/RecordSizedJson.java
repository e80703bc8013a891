package vn.edu.platform.bench.signing;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic JSON documents the size and shape of one student's school record for one year (học
 * bạ, grades 6-12): identity, two semesters of scores for twelve subjects with regular, mid-term
 * and end-of-term assessments and a teacher's comment each, the year's results. About 8 KB of UTF-8
 * with Vietnamese text, as the figure assumes.
 */
final class RecordSizedJson {

  private static final List<String> SUBJECTS =
      List.of(
          "Ngữ văn",
          "Toán",
          "Tiếng Anh",
          "Giáo dục công dân",
          "Lịch sử và Địa lí",
          "Khoa học tự nhiên",
          "Công nghệ",
          "Tin học",
          "Giáo dục thể chất",
          "Nghệ thuật",
          "Hoạt động trải nghiệm, hướng nghiệp",
          "Nội dung giáo dục của địa phương");
  private static final List<String> COMMENTS =
      List.of(
          "Em có ý thức học tập tốt, tích cực phát biểu xây dựng bài, cần phát huy.",
          "Tiếp thu bài nhanh, trình bày rõ ràng; cần cẩn thận hơn khi làm bài kiểm tra.",
          "Chăm chỉ, có tiến bộ so với học kì trước; cần luyện thêm kĩ năng vận dụng.",
          "Hoàn thành tốt các nhiệm vụ học tập, biết hợp tác với bạn trong nhóm.");

  private RecordSizedJson() {}

  static String record(int index) {
    Random random = new Random(index);
    StringBuilder json = new StringBuilder(9_000);
    json.append("{\"studentCode\":\"")
        .append(String.format(Locale.ROOT, "31100%05d", index))
        .append("\",\"fullName\":\"Nguyễn Thị Học Sinh ")
        .append(index)
        .append("\",\"dateOfBirth\":\"2013-0")
        .append(1 + index % 9)
        .append("-1")
        .append(index % 10)
        .append("\",\"schoolCode\":\"S321004\",\"schoolName\":\"Trường THCS Lê Lợi\"")
        .append(",\"schoolYear\":\"2025-2026\",\"grade\":6,\"class\":\"6A\"")
        .append(",\"homeroomTeacher\":\"Trần Thị Mai\",\"semesters\":[");
    for (int semester = 1; semester <= 2; semester++) {
      json.append(semester == 1 ? "" : ",").append("{\"semester\":").append(semester);
      json.append(",\"subjects\":[");
      for (int s = 0; s < SUBJECTS.size(); s++) {
        json.append(s == 0 ? "" : ",")
            .append("{\"subject\":\"")
            .append(SUBJECTS.get(s))
            .append("\",\"regular\":[")
            .append(score(random))
            .append(',')
            .append(score(random))
            .append(',')
            .append(score(random))
            .append(',')
            .append(score(random))
            .append("],\"midTerm\":")
            .append(score(random))
            .append(",\"endTerm\":")
            .append(score(random))
            .append(",\"average\":")
            .append(score(random))
            .append(",\"comment\":\"")
            .append(COMMENTS.get(random.nextInt(COMMENTS.size())))
            .append("\"}");
      }
      json.append("],\"learningResult\":\"Tốt\",\"conduct\":\"Tốt\",\"absences\":")
          .append(random.nextInt(6))
          .append('}');
    }
    json.append("],\"year\":[");
    for (int s = 0; s < SUBJECTS.size(); s++) {
      json.append(s == 0 ? "" : ",")
          .append("{\"subject\":\"")
          .append(SUBJECTS.get(s))
          .append("\",\"yearAverage\":")
          .append(score(random))
          .append(",\"teacher\":\"Giáo viên bộ môn ")
          .append(s + 1)
          .append("\",\"comment\":\"")
          .append(COMMENTS.get(random.nextInt(COMMENTS.size())))
          .append("\"}");
    }
    json.append("],\"qualities\":{\"yêu nước\":\"Tốt\",\"nhân ái\":\"Tốt\",\"chăm chỉ\":\"Tốt\"")
        .append(",\"trung thực\":\"Tốt\",\"trách nhiệm\":\"Đạt\"}")
        .append(",\"homeroomComment\":\"")
        .append(COMMENTS.get(random.nextInt(COMMENTS.size())))
        .append("\"");
    json.append(",\"yearResult\":{\"learningResult\":\"Tốt\",\"conduct\":\"Tốt\"")
        .append(",\"decision\":\"Được lên lớp\",\"awards\":[\"Học sinh Xuất sắc\"]}}");
    return json.toString();
  }

  private static String score(Random random) {
    return String.format(Locale.ROOT, "%.1f", 5 + random.nextInt(51) / 10.0);
  }
}
