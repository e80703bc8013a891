package vn.edu.platform.starter.web.conditional;

/**
 * A response body that carries its resource's revision: the platform sets the response's {@code
 * ETag} from it ({@link RevisionETagAdvice}), so a handler returns the body and writes no ETag
 * itself. A record with a {@code long revision} component implements it by declaring so.
 */
public interface Revisioned {

  long revision();
}
