package vn.edu.platform.local.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body with one file part. */
record Multipart(String boundary, byte[] bytes) {

  static Multipart withFile(String field, String filename, byte[] content) {
    String boundary = "platform-local-" + Long.toHexString(java.util.Arrays.hashCode(content));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + filename
                + "\"\r\nContent-Type: text/csv; charset=UTF-8\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return new Multipart(boundary, out.toByteArray());
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }
}
