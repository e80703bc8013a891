package vn.edu.platform.starter.testapp.notes;

import java.util.concurrent.CountDownLatch;

/** Test control of {@code POST /api/v1/test/notes/slow}: holds requests until opened. */
public final class SlowGate {

  private SlowGate() {}

  /** Closes the gate; requests wait until the returned latch is counted down. */
  public static CountDownLatch close() {
    CountDownLatch gate = new CountDownLatch(1);
    NotesController.slowGate = gate;
    return gate;
  }
}
