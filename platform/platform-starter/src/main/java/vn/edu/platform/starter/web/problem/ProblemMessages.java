package vn.edu.platform.starter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Titles and details of problems in Vietnamese (the default) or English, by Accept-Language.
 *
 * <p>Keys are {@code problem.<code>.title} and {@code problem.<code>.detail}. The starter's bundles
 * ({@code i18n/problems}, {@code i18n/imports}) come first; a service adds its own codes in {@code
 * i18n/messages_vi.properties} / {@code i18n/messages_en.properties}. Kept apart from the service's
 * own MessageSource so that a service defining one cannot lose the platform's texts.
 */
public class ProblemMessages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

  public ProblemMessages() {
    source.setBasenames("i18n/problems", "i18n/imports", "i18n/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setUseCodeAsDefaultMessage(false);
  }

  /** The best supported locale for the request; Vietnamese when the caller states no preference. */
  public static Locale localeOf(HttpServletRequest request) {
    if (request == null || request.getHeader("Accept-Language") == null) {
      return VIETNAMESE;
    }
    for (Locale wanted : Collections.list(request.getLocales())) {
      for (Locale supported : SUPPORTED) {
        if (supported.getLanguage().equals(wanted.getLanguage())) {
          return supported;
        }
      }
    }
    return VIETNAMESE;
  }

  public String title(String code, Locale locale) {
    return source.getMessage(
        "problem." + code + ".title",
        null,
        source.getMessage("problem.generic.title", null, code, locale),
        locale);
  }

  public String detail(String code, Object[] args, Locale locale) {
    return source.getMessage("problem." + code + ".detail", args, null, locale);
  }

  /** A message by full key, for violation texts; the key itself when missing. */
  public String message(String key, Object[] args, Locale locale) {
    return source.getMessage(key, args, key, locale);
  }
}
