package vn.edu.platform.starter.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.edu.platform.problemtexts.ProblemTexts;

/**
 * Titles and details of problems in Vietnamese (the default) or English, by Accept-Language.
 *
 * <p>Keys are {@code problem.<code>.title} and {@code problem.<code>.detail}. The platform's texts
 * ({@code i18n/problems} of platform-problem-texts, the same the gateway answers with) come first,
 * then the starter's {@code i18n/imports}; a service adds its own codes in {@code
 * i18n/messages_vi.properties} / {@code i18n/messages_en.properties}. Kept apart from the service's
 * own MessageSource so that a service defining one cannot lose the platform's texts.
 */
public class ProblemMessages {

  public static final Locale VIETNAMESE = ProblemTexts.VIETNAMESE;
  public static final List<Locale> SUPPORTED = ProblemTexts.SUPPORTED;

  private final ProblemTexts texts =
      ProblemTexts.platformAnd(
          ProblemMessages.class.getClassLoader(), "i18n/imports", "i18n/messages");

  /**
   * The best supported locale for the request by the platform's one rule ({@link
   * ProblemTexts#negotiate}); Vietnamese when the caller states no usable preference.
   */
  public static Locale localeOf(HttpServletRequest request) {
    if (request == null) {
      return VIETNAMESE;
    }
    List<String> values = Collections.list(request.getHeaders("Accept-Language"));
    return ProblemTexts.negotiate(values.isEmpty() ? null : String.join(",", values));
  }

  public String title(String code, Locale locale) {
    return texts.title(code, locale);
  }

  public String detail(String code, Object[] args, Locale locale) {
    return texts.detail(code, List.of(), locale, args(args)).orElse(null);
  }

  /** A message by full key, for violation texts; the key itself when missing. */
  public String message(String key, Object[] args, Locale locale) {
    return texts.text(key, locale, args(args)).orElse(key);
  }

  private static Object[] args(Object[] args) {
    return args == null ? new Object[0] : args;
  }
}
