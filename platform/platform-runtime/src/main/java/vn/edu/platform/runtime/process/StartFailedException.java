package vn.edu.platform.runtime.process;

/** Thrown when a server does not come up; the message names its log file. */
public final class StartFailedException extends RuntimeException {

  public StartFailedException(String message) {
    super(message);
  }

  public StartFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
