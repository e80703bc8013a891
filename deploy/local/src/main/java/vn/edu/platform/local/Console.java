package vn.edu.platform.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Progress lines with the time elapsed since the launcher started. */
final class Console {

  private final PrintStream out;
  private final long startedNanos;

  Console(PrintStream out, long startedNanos) {
    this.out = out;
    this.startedNanos = startedNanos;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  void step(String message) {
    line("  ", message);
  }

  void done(String message) {
    line("✔ ", message);
  }

  void note(String message) {
    line("- ", message);
  }

  void warn(String message) {
    line("! ", message);
  }

  void error(String message) {
    line("✘ ", message);
  }

  void raw(String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }

  private void line(String mark, String message) {
    raw(String.format(Locale.ROOT, "[%6.1fs] %s%s", elapsed().toMillis() / 1000.0, mark, message));
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
