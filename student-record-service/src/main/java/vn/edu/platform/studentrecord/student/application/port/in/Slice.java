package vn.edu.platform.studentrecord.student.application.port.in;

import java.util.List;

/** One page of a list and the count of the whole list. */
public record Slice<T>(List<T> items, long total) {

  public Slice {
    items = List.copyOf(items);
  }
}
