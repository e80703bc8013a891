package vn.edu.platform.signing.localpki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The files of a persistent development PKI, each written atomically (a temporary file beside it,
 * then a move), so that a launcher killed mid-write leaves the previous version, never half a file:
 *
 * <pre>
 * pki.properties     organisation, base URL of the endpoints
 * ca.p12             the root's and the issuing CA's keys and certificates (aliases root, issuing)
 * issued/SERIAL.p12  every certificate the issuing CA issued, with its key and chain
 *                    (alias signer for people, tsa for time-stamp authorities)
 * revocations.txt    serial, issuer, time, reason: one revocation a line
 * </pre>
 *
 * <p>Every store has the development password {@code edu-local}: these are demo keys, not secrets.
 */
final class PkiDirectory {

  static final String ROOT_ALIAS = "root";
  static final String ISSUING_ALIAS = "issuing";
  static final String TSA_ALIAS = "tsa";

  private static final String SETTINGS = "pki.properties";
  private static final String AUTHORITIES = "ca.p12";
  private static final String ISSUED = "issued";
  private static final String REVOCATIONS = "revocations.txt";

  /** A key and its certificate chain, the certificate first. */
  record KeyEntry(String alias, PrivateKey key, List<X509Certificate> chain) {
    KeyEntry {
      chain = List.copyOf(chain);
    }

    X509Certificate certificate() {
      return chain.getFirst();
    }
  }

  /** What {@code pki.properties} says. */
  record Settings(String organisation, String baseUrl) {}

  private final Path dir;

  PkiDirectory(Path dir) {
    this.dir = dir;
  }

  Path path() {
    return dir;
  }

  /** Whether a PKI was saved here (its settings are the last file of a creation). */
  boolean exists() {
    return Files.isRegularFile(dir.resolve(SETTINGS));
  }

  /**
   * Removes what an unfinished creation left (no settings were written): keys, certificates and
   * revocations of CAs that never were, which a later open would otherwise mix with the new ones.
   */
  void removeLeftovers() {
    try {
      Files.deleteIfExists(dir.resolve(AUTHORITIES));
      Files.deleteIfExists(dir.resolve(REVOCATIONS));
      Path issued = dir.resolve(ISSUED);
      if (Files.isDirectory(issued)) {
        try (Stream<Path> files = Files.list(issued)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
        Files.delete(issued);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not clean " + dir, e);
    }
  }

  Settings readSettings() {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(Files.readString(dir.resolve(SETTINGS))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Settings(properties.getProperty("organisation"), properties.getProperty("base-url"));
  }

  void writeSettings(Settings settings) {
    Properties properties = new Properties();
    properties.setProperty("organisation", settings.organisation());
    properties.setProperty("base-url", settings.baseUrl());
    StringWriter text = new StringWriter();
    try {
      properties.store(text, "The development PKI of edu-platform (not trusted anywhere else)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(dir.resolve(SETTINGS), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The root's and the issuing CA's entries, in that order. */
  List<KeyEntry> readAuthorities() {
    List<KeyEntry> entries = readStore(dir.resolve(AUTHORITIES));
    return List.of(entry(entries, ROOT_ALIAS), entry(entries, ISSUING_ALIAS));
  }

  void writeAuthorities(KeyEntry root, KeyEntry issuing) {
    write(dir.resolve(AUTHORITIES), pkcs12(List.of(root, issuing)));
  }

  /** Every certificate the issuing CA issued, with its key, in serial order. */
  List<KeyEntry> readIssued() {
    Path issued = dir.resolve(ISSUED);
    if (!Files.isDirectory(issued)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(issued)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".p12"))
          .map(PkiDirectory::readStore)
          .map(List::getFirst)
          .sorted(
              (a, b) ->
                  a.certificate().getSerialNumber().compareTo(b.certificate().getSerialNumber()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeIssued(BigInteger serial, byte[] pkcs12) {
    write(dir.resolve(ISSUED).resolve(serial + ".p12"), pkcs12);
  }

  List<Revocation> readRevocations() {
    Path file = dir.resolve(REVOCATIONS);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<Revocation> revocations = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        revocations.add(
            new Revocation(
                new BigInteger(fields[0]),
                fields[1].equals(ROOT_ALIAS),
                Instant.parse(fields[2]),
                RevocationReason.named(fields[3])));
      }
      return revocations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("unreadable " + file + ": " + e.getMessage(), e);
    }
  }

  void writeRevocations(Collection<Revocation> revocations) {
    StringBuilder text =
        new StringBuilder("# serial\tissuer (root|issuing)\trevoked at (UTC)\treason (RFC 5280)\n");
    for (Revocation revocation : revocations) {
      text.append(revocation.serial())
          .append('\t')
          .append(revocation.issuedByRoot() ? ROOT_ALIAS : ISSUING_ALIAS)
          .append('\t')
          .append(revocation.revokedAt())
          .append('\t')
          .append(revocation.reason().rfcName())
          .append('\n');
    }
    write(dir.resolve(REVOCATIONS), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A PKCS#12 store of {@code entries} with the development password. */
  static byte[] pkcs12(List<KeyEntry> entries) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (KeyEntry entry : entries) {
        store.setKeyEntry(
            entry.alias(),
            entry.key(),
            IssuedSigner.PASSWORD,
            entry.chain().toArray(new Certificate[0]));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, IssuedSigner.PASSWORD);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("could not write a PKCS#12 store", e);
    }
  }

  static List<KeyEntry> readStore(byte[] pkcs12) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(pkcs12), IssuedSigner.PASSWORD);
      List<KeyEntry> entries = new ArrayList<>();
      for (String alias : java.util.Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          entries.add(
              new KeyEntry(
                  alias,
                  (PrivateKey) store.getKey(alias, IssuedSigner.PASSWORD),
                  Arrays.stream(store.getCertificateChain(alias))
                      .map(X509Certificate.class::cast)
                      .toList()));
        }
      }
      return entries;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("could not read a PKCS#12 store", e);
    }
  }

  private static List<KeyEntry> readStore(Path file) {
    try {
      return readStore(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("unreadable " + file + ": " + e.getMessage(), e);
    }
  }

  private KeyEntry entry(List<KeyEntry> entries, String alias) {
    return entries.stream()
        .filter(entry -> entry.alias().equals(alias))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException("no entry " + alias + " in " + dir.resolve(AUTHORITIES)));
  }

  private static void write(Path target, byte[] content) {
    try {
      Files.createDirectories(target.getParent());
      Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
      Files.write(temporary, content);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    }
  }
}
