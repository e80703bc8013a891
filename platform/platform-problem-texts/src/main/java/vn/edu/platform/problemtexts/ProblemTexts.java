package vn.edu.platform.problemtexts;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Titles and details of the platform's problems (RFC 9457) in Vietnamese (the default) or English,
 * and the one rule that picks the language from {@code Accept-Language}. The gateway and every
 * service use it, so a client reads the same words, in the same language, whoever answered.
 *
 * <p>Keys are {@code problem.<code>.title}, {@code problem.<code>.detail} and, for a more specific
 * text, {@code problem.<code>.<variant>.detail}, in {@code i18n/problems*.properties} (the base
 * file is Vietnamese). Further bundles (a service's own codes) are searched after the platform's.
 */
public final class ProblemTexts {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** Vietnamese first: it is the default for a caller that states no usable preference. */
  public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  public static final String PLATFORM_BUNDLE = "i18n/problems";

  // no fallback to the JVM's locale: a server started with an English default must still answer
  // Vietnamese to a caller without a preference
  private static final ResourceBundle.Control NO_SYSTEM_LOCALE_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ClassLoader classLoader;
  private final List<String> baseNames;
  private final Map<Locale, List<ResourceBundle>> bundles = new ConcurrentHashMap<>();

  private ProblemTexts(ClassLoader classLoader, List<String> baseNames) {
    this.classLoader = classLoader;
    this.baseNames = List.copyOf(baseNames);
  }

  /** The platform's texts only. */
  public static ProblemTexts platform() {
    return new ProblemTexts(ProblemTexts.class.getClassLoader(), List.of(PLATFORM_BUNDLE));
  }

  /**
   * The platform's texts, then the given bundles (missing ones are skipped), e.g. a service's
   * {@code i18n/messages}.
   */
  public static ProblemTexts platformAnd(ClassLoader classLoader, String... moreBaseNames) {
    List<String> names = new ArrayList<>();
    names.add(PLATFORM_BUNDLE);
    names.addAll(List.of(moreBaseNames));
    return new ProblemTexts(classLoader, names);
  }

  /**
   * The supported language that the {@code Accept-Language} value prefers (RFC 9110 q-values, RFC
   * 4647 lookup, so {@code en-GB} means English); Vietnamese when the value is missing, blank,
   * malformed or names only languages we do not have.
   *
   * @param acceptLanguage the header's value, several header lines joined with commas; may be null
   */
  public static Locale negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return VIETNAMESE;
    }
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
      return best != null ? best : VIETNAMESE;
    } catch (IllegalArgumentException malformed) {
      return VIETNAMESE;
    }
  }

  /** The code's title; the generic title when the code has none, the code itself as last resort. */
  public String title(String code, Locale locale) {
    return text("problem." + code + ".title", locale)
        .or(() -> text("problem.generic.title", locale))
        .orElse(code);
  }

  /**
   * The code's detail: the first of its variants' texts that exists, else its general detail.
   *
   * @param variants e.g. {@code cors} for {@code problem.forbidden.cors.detail}, most specific
   *     first
   * @param args {@link MessageFormat} arguments, e.g. the seconds to wait
   */
  public Optional<String> detail(
      String code, List<String> variants, Locale locale, Object... args) {
    for (String variant : variants) {
      Optional<String> text = text("problem." + code + "." + variant + ".detail", locale, args);
      if (text.isPresent()) {
        return text;
      }
    }
    return text("problem." + code + ".detail", locale, args);
  }

  /**
   * The text of a key, formatted with {@link MessageFormat} when there are arguments (without
   * arguments the text is returned as written, as Spring's message sources do).
   */
  public Optional<String> text(String key, Locale locale, Object... args) {
    for (ResourceBundle bundle : bundlesFor(locale)) {
      if (bundle.containsKey(key)) {
        String pattern = bundle.getString(key);
        return Optional.of(
            args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args));
      }
    }
    return Optional.empty();
  }

  private List<ResourceBundle> bundlesFor(Locale locale) {
    // only the supported locales are kept, so that a caller passing arbitrary locales cannot grow
    // the map
    return SUPPORTED.contains(locale)
        ? bundles.computeIfAbsent(locale, this::loadBundles)
        : loadBundles(locale);
  }

  private List<ResourceBundle> loadBundles(Locale locale) {
    List<ResourceBundle> found = new ArrayList<>();
    for (String baseName : baseNames) {
      try {
        found.add(
            ResourceBundle.getBundle(baseName, locale, classLoader, NO_SYSTEM_LOCALE_FALLBACK));
      } catch (MissingResourceException absent) {
        // a service without its own bundle: nothing to add
      }
    }
    return List.copyOf(found);
  }
}
