package vn.edu.platform.signing.verification;

import eu.europa.esig.dss.model.policy.CryptographicSuite;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A validation policy whose cryptographic suites are built once. DSS's policy builds a new suite
 * for every algorithm check of every token, and each new suite re-reads the policy's algorithm
 * lists and parses their expiry dates: a sixth of a verification's time (profiled on a baseline-LT
 * signature). The suites depend only on the policy and the check's context, so the same suite
 * answers every validation. Each is asked for its lazily built algorithm maps before it is shared,
 * so no thread ever sees one half built.
 */
final class CryptographicSuitesOnce {

  private CryptographicSuitesOnce() {}

  static ValidationPolicy of(ValidationPolicy policy) {
    Map<List<Object>, CryptographicSuite> suites = new ConcurrentHashMap<>();
    return (ValidationPolicy)
        Proxy.newProxyInstance(
            ValidationPolicy.class.getClassLoader(),
            new Class<?>[] {ValidationPolicy.class},
            (proxy, method, args) -> {
              if (method.getReturnType() != CryptographicSuite.class) {
                return invoke(policy, method, args);
              }
              List<Object> key = new ArrayList<>();
              key.add(method.getName());
              if (args != null) {
                key.addAll(Arrays.asList(args));
              }
              CryptographicSuite cached = suites.get(key);
              if (cached != null) {
                return cached;
              }
              CryptographicSuite suite = (CryptographicSuite) invoke(policy, method, args);
              if (suite == null) {
                return null;
              }
              suite.getAcceptableDigestAlgorithms();
              suite.getAcceptableSignatureAlgorithms();
              CryptographicSuite raced = suites.putIfAbsent(key, suite);
              return raced == null ? suite : raced;
            });
  }

  private static Object invoke(ValidationPolicy policy, Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(policy, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
