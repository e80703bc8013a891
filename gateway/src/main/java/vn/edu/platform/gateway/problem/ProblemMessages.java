package vn.edu.platform.gateway.problem;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Titles and details of problems in Vietnamese (the default) or English, chosen by {@code
 * Accept-Language}. Keys are {@code problem.<code>.title} and {@code problem.<code>.detail}, in
 * {@code i18n/gateway-problems*.properties}.
 */
public final class ProblemMessages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

  public ProblemMessages() {
    source.setBasenames("i18n/gateway-problems");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setUseCodeAsDefaultMessage(false);
  }

  /** The best supported language for the request; Vietnamese without (or with a bad) header. */
  public static Locale localeOf(ServerHttpRequest request) {
    try {
      Locale best = Locale.lookup(request.getHeaders().getAcceptLanguage(), SUPPORTED);
      return best != null ? best : VIETNAMESE;
    } catch (IllegalArgumentException malformedHeader) {
      return VIETNAMESE;
    }
  }

  public String title(String code, Locale locale) {
    String fallback = source.getMessage("problem.generic.title", null, code, locale);
    return source.getMessage("problem." + code + ".title", null, fallback, locale);
  }

  public @Nullable String detail(GatewayProblem problem, Locale locale) {
    Object[] args = problem.detailArgs().toArray();
    String general = source.getMessage("problem." + problem.code() + ".detail", args, null, locale);
    if (problem.detailVariant() == null) {
      return general;
    }
    String key = "problem." + problem.code() + "." + problem.detailVariant() + ".detail";
    return source.getMessage(key, args, general, locale);
  }
}
