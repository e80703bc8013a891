package vn.edu.platform.local.demo;

/** A demo data load failed; the message says what the service answered. */
public class DemoDataException extends RuntimeException {

  public DemoDataException(String message) {
    super(message);
  }

  public DemoDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
