package vn.edu.platform.signing.jades;

import java.util.List;

/**
 * The signatures of one batch ({@link JsonSigner#signBatch}): one part per group of documents, each
 * part one JAdES signature listing its documents by name. A service stores a part's signature once
 * and, with each document, the name it has in it.
 *
 * @param parts the groups, in the order of the documents
 */
public record SignedBatch(List<Part> parts) {

  public SignedBatch {
    parts = List.copyOf(parts);
  }

  /**
   * One signature and the names of the documents it lists.
   *
   * @param names the documents' names, in the order of the batch
   * @param signature the detached JAdES signature (JWS flattened JSON serialisation)
   */
  public record Part(List<String> names, byte[] signature) {
    public Part {
      names = List.copyOf(names);
      signature = signature.clone();
    }

    @Override
    public byte[] signature() {
      return signature.clone();
    }
  }

  /** The signature that lists the document {@code name}. */
  public byte[] signatureOf(String name) {
    return parts.stream()
        .filter(part -> part.names().contains(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the batch has no document named " + name))
        .signature();
  }

  /** The number of documents in the batch. */
  public int size() {
    return parts.stream().mapToInt(part -> part.names().size()).sum();
  }
}
