package vn.edu.platform.plan.planning.adapter.in.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.edu.platform.plan.planning.application.port.in.PlanViews;
import vn.edu.platform.plan.planning.domain.Authority;
import vn.edu.platform.plan.planning.domain.Plan;
import vn.edu.platform.plan.planning.domain.ProgressStatus;
import vn.edu.platform.plan.planning.domain.Task;

/**
 * A plan's task table with progress, as the department circulates it: CSV (UTF-8 with a byte-order
 * mark, so Excel opens the Vietnamese text correctly) or XLSX (a title block, then the table with a
 * frozen header). Units are written as "name (code)".
 */
final class PlanExport {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv;charset=UTF-8";

  static final List<String> HEADER =
      List.of(
          "STT",
          "Nhiệm vụ",
          "Đơn vị chủ trì",
          "Đơn vị phối hợp",
          "Thời hạn",
          "Hạn cuối",
          "Thẩm quyền ban hành",
          "Trạng thái",
          "Tiến độ (%)",
          "Trọng số",
          "Số đơn vị được giao",
          "Số đơn vị hoàn thành",
          "Số đơn vị quá hạn");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PlanExport() {}

  /** The table's rows: one per task in plan order, then the plan's overall progress. */
  static List<List<String>> rows(PlanViews.PlanDetail detail, Function<String, String> unitName) {
    List<List<String>> rows = new ArrayList<>();
    for (PlanViews.TaskProgress t : detail.tasks()) {
      Task task = t.task();
      rows.add(
          List.of(
              task.number(),
              task.content(),
              unitName.apply(task.leadUnitCode()),
              String.join("; ", task.coordinatingUnitCodes().stream().map(unitName).toList()),
              task.deadline().label(),
              task.dueDate() == null ? "" : task.dueDate().format(DAY),
              authority(task.approvingAuthority()),
              status(t.status()),
              t.percentComplete().toPlainString(),
              task.weight().stripTrailingZeros().toPlainString(),
              Integer.toString(t.assignments().active()),
              Integer.toString(t.assignments().completed()),
              Integer.toString(t.assignments().overdue())));
    }
    rows.add(
        List.of(
            "",
            "Toàn kế hoạch (bình quân có trọng số các nhiệm vụ cấp 1)",
            "",
            "",
            "",
            "",
            "",
            "",
            detail.percentComplete().toPlainString(),
            "",
            "",
            "",
            Long.toString(detail.overdueTaskCount())));
    return rows;
  }

  static byte[] csv(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      out.write(UTF8_BOM);
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
      printer.printRecord(HEADER);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] xlsx(PlanViews.PlanDetail detail, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Plan plan = detail.plan();
    try {
      Workbook workbook = new Workbook(out, "edu-platform", "1.0");
      Worksheet sheet = workbook.newWorksheet("Nhiệm vụ");
      sheet.value(0, 0, "Kế hoạch số " + plan.number() + " ngày " + plan.issuedOn().format(DAY));
      sheet.style(0, 0).bold().set();
      sheet.value(1, 0, plan.title());
      sheet.value(
          2,
          0,
          "Tiến độ tính đến ngày "
              + detail.asOf().format(DAY)
              + ": "
              + detail.percentComplete().toPlainString()
              + " %");
      int headerRow = 4;
      int[] widths = {8, 70, 32, 40, 22, 12, 20, 16, 12, 10, 12, 12, 12};
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.width(c, widths[c]);
        sheet.value(headerRow, c, HEADER.get(c));
        sheet.style(headerRow, c).bold().fillColor("DDEBF7").wrapText(true).set();
      }
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          String value = row.get(c);
          if (c >= 8 && !value.isEmpty()) {
            sheet.value(headerRow + 1 + r, c, new BigDecimal(value));
          } else {
            sheet.value(headerRow + 1 + r, c, value);
          }
        }
        sheet.style(headerRow + 1 + r, 1).wrapText(true).set();
      }
      sheet.freezePane(0, headerRow + 1);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String status(ProgressStatus status) {
    return switch (status) {
      case NOT_STARTED -> "Chưa bắt đầu";
      case IN_PROGRESS -> "Đang thực hiện";
      case COMPLETED -> "Hoàn thành";
      case OVERDUE -> "Quá hạn";
      case CANCELLED -> "Đã hủy";
    };
  }

  static String authority(Authority authority) {
    if (authority == null) {
      return "";
    }
    return switch (authority) {
      case PEOPLES_COMMITTEE -> "UBND tỉnh/thành phố";
      case DEPARTMENT -> "Sở GD&ĐT";
    };
  }
}
