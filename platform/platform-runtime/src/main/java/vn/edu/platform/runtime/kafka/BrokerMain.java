package vn.edu.platform.runtime.kafka;

import java.io.IOException;
import java.io.InputStream;

/**
 * The entry point of the broker's JVM: formats the storage when asked to (so a new directory costs
 * one JVM start, not two), optionally stops when its parent's pipe on standard input closes, then
 * runs {@code kafka.Kafka}. Kafka's own shutdown hook makes every stop a controlled shutdown.
 *
 * <p>Arguments: {@code <server.properties> <cluster id to format with, or -> <exit-with-parent:
 * true|false>}.
 */
public final class BrokerMain {

  private BrokerMain() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: BrokerMain <server.properties> <cluster-id|-> <true|false>");
      System.exit(2);
    }
    String config = args[0];
    String clusterId = args[1];
    if (!clusterId.equals("-")) {
      int status =
          kafka.tools.StorageTool.execute(
              new String[] {
                "format", "--cluster-id", clusterId, "--config", config, "--standalone"
              },
              System.out);
      if (status != 0) {
        System.err.println("Formatting the Kafka storage failed with status " + status);
        System.exit(status);
      }
    }
    if (Boolean.parseBoolean(args[2])) {
      Thread watcher = new Thread(BrokerMain::exitAtEndOfInput, "parent-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    kafka.Kafka.main(new String[] {config});
  }

  /** The parent holds the other end of standard input: its end, or its death, closes the pipe. */
  private static void exitAtEndOfInput() {
    InputStream in = System.in;
    try {
      while (in.read() != -1) {
        // nothing is ever sent; read only to notice the end
      }
    } catch (IOException closed) {
      // the same as the end of input
    }
    System.out.println("Standard input closed: the parent is gone, shutting down");
    System.exit(0);
  }
}
