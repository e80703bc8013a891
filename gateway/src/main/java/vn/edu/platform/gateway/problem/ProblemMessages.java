package vn.edu.platform.gateway.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import vn.edu.platform.problemtexts.ProblemTexts;

/**
 * Titles and details of the gateway's problems in Vietnamese (the default) or English, chosen by
 * {@code Accept-Language}: the platform's texts and language rule ({@link ProblemTexts}), the same
 * a service answers with. Where the gateway means something more specific than a service would (a
 * 504 is the service being slow, not the request), it uses the code's {@code gateway} variant
 * ({@code problem.<code>.gateway.detail}) when one exists.
 */
public final class ProblemMessages {

  static final String GATEWAY_VARIANT = "gateway";

  private final ProblemTexts texts = ProblemTexts.platform();

  /** The best supported language for the request; Vietnamese without (or with a bad) header. */
  public static Locale localeOf(ServerHttpRequest request) {
    List<String> values = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
    return ProblemTexts.negotiate(
        values == null || values.isEmpty() ? null : String.join(",", values));
  }

  public String title(String code, Locale locale) {
    return texts.title(code, locale);
  }

  public @Nullable String detail(GatewayProblem problem, Locale locale) {
    List<String> variants = new ArrayList<>(2);
    if (problem.detailVariant() != null) {
      variants.add(problem.detailVariant());
    }
    variants.add(GATEWAY_VARIANT);
    return texts
        .detail(problem.code(), variants, locale, problem.detailArgs().toArray())
        .orElse(null);
  }
}
