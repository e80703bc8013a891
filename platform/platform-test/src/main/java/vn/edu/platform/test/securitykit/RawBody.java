package vn.edu.platform.test.securitykit;

/** A body the kit sends byte for byte, e.g. a multipart upload a fixture built. */
public record RawBody(String contentType, byte[] bytes) {}
