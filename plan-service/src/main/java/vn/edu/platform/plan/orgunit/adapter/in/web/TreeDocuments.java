package vn.edu.platform.plan.orgunit.adapter.in.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.plan.orgunit.domain.OrgTreeSnapshot;

/**
 * The serialised tree of a day, kept with its snapshot. The whole province's tree (≈ 1,000 units, ≈
 * 110 KB of JSON) is the most asked-for document of the directory — every screen that shows units
 * starts with it — and it changes a few times a year, so building and serialising it again for
 * every request would be the larger part of the request's cost. The entries go when their snapshot
 * goes (the query side drops snapshots when the directory changes).
 */
@Component
class TreeDocuments {

  /** The body and its strong ETag. */
  record Document(byte[] json, String etag) {}

  private final JsonMapper json;
  private final Map<OrgTreeSnapshot, Map<String, Document>> bySnapshot =
      Collections.synchronizedMap(new WeakHashMap<>());

  TreeDocuments(JsonMapper json) {
    this.json = json;
  }

  Document of(OrgTreeSnapshot snapshot, String rootCode, Supplier<Object> body) {
    Map<String, Document> documents =
        bySnapshot.computeIfAbsent(snapshot, s -> new ConcurrentHashMap<>());
    return documents.computeIfAbsent(
        rootCode == null ? "" : rootCode, root -> documentOf(json.writeValueAsBytes(body.get())));
  }

  private static Document documentOf(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Document(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether an If-None-Match header names this document's ETag. */
  static boolean matches(String ifNoneMatch, Document document) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.equals("*")
          || candidate.equals(document.etag())
          || candidate.equals("W/" + document.etag())) {
        return true;
      }
    }
    return false;
  }
}
