package vn.edu.platform.starter.imports.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.starter.imports.file.ImportFormat;

/**
 * Keeps uploaded files in {@code platform.imports.storage-dir} until their job completes. An upload
 * is streamed to a temporary file while its SHA-256 and size are computed, so no upload is ever
 * held in memory; it is renamed to {@code <job id>.<csv|xlsx>} once its job exists. With more than
 * one replica of a service the directory must be shared (the worker that claims a job may run on
 * another node than the one that took the upload).
 */
public class ImportFileStorage {

  private static final int SNIFF_BYTES = 8;

  private final Path directory;

  public ImportFileStorage(Path directory) {
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }

  /**
   * Streams an upload to a temporary file.
   *
   * @throws FileTooLargeException as soon as more than {@code maxBytes} arrived (the partial file
   *     is deleted)
   */
  public StoredUpload receive(InputStream content, long maxBytes) throws IOException {
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "upload-", ".part");
    MessageDigest sha256 = sha256();
    byte[] head = new byte[SNIFF_BYTES];
    int headLength = 0;
    long size = 0;
    try (OutputStream out = Files.newOutputStream(temporary)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = content.read(buffer)) != -1) {
        size += n;
        if (size > maxBytes) {
          throw new FileTooLargeException(maxBytes);
        }
        if (headLength < SNIFF_BYTES) {
          int copy = Math.min(n, SNIFF_BYTES - headLength);
          System.arraycopy(buffer, 0, head, headLength, copy);
          headLength += copy;
        }
        sha256.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    byte[] sniffed = new byte[headLength];
    System.arraycopy(head, 0, sniffed, 0, headLength);
    return new StoredUpload(temporary, HexFormat.of().formatHex(sha256.digest()), size, sniffed);
  }

  /** Gives an upload its job's name. */
  public Path keep(StoredUpload upload, UUID jobId, ImportFormat format) {
    return move(upload.path(), jobId, format);
  }

  /** Moves a stored file to another job's name (replacing what is there). */
  public Path move(Path file, UUID jobId, ImportFormat format) {
    Path target = pathOf(jobId, format);
    try {
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  public Path pathOf(UUID jobId, ImportFormat format) {
    return directory.resolve(jobId + "." + format.extension());
  }

  public void discard(@Nullable StoredUpload upload) {
    if (upload != null) {
      deleteQuietly(upload.path());
    }
  }

  public void delete(UUID jobId, ImportFormat format) {
    deleteQuietly(pathOf(jobId, format));
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a leftover file is harmless; the next upload or a clean-up removes it
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /**
   * An upload on disk, not yet attached to a job.
   *
   * @param head the first bytes, to tell a workbook (a zip) from text
   */
  public record StoredUpload(Path path, String sha256, long size, byte[] head) {

    /** An XLSX file is a zip archive: {@code PK\3\4}. */
    public boolean looksLikeZip() {
      return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The legacy binary {@code .xls} (OLE2 compound document), which is not supported. */
    public boolean looksLikeLegacyExcel() {
      return head.length >= 4
          && (head[0] & 0xFF) == 0xD0
          && (head[1] & 0xFF) == 0xCF
          && head[2] == 0x11
          && (head[3] & 0xFF) == 0xE0;
    }
  }

  /** The upload exceeded {@code platform.imports.max-file-size}. */
  public static final class FileTooLargeException extends IOException {
    private final long maxBytes;

    FileTooLargeException(long maxBytes) {
      super("upload exceeds " + maxBytes + " bytes");
      this.maxBytes = maxBytes;
    }

    public long maxBytes() {
      return maxBytes;
    }
  }
}
