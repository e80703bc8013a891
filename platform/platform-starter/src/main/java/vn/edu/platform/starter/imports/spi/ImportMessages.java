package vn.edu.platform.starter.imports.spi;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the {@code i18n/imports} bundle, for text that is produced while a job runs (row
 * errors, the error report), long after the request whose {@code Accept-Language} could have chosen
 * a language. The job's report language is {@code platform.imports.report-locale} (Vietnamese by
 * default). Read straight from the bundle rather than through the application's {@code
 * MessageSource} so that the framework works whichever basenames a service registers.
 */
public final class ImportMessages {

  public static final String BUNDLE = "i18n/imports";
  private static final Locale FALLBACK = Locale.forLanguageTag("vi");

  private ImportMessages() {}

  /** The message for {@code key}, or the key itself when the bundle lacks it. */
  public static String get(Locale locale, String key, Object... args) {
    ResourceBundle bundle = bundle(locale);
    if (!bundle.containsKey(key)) {
      return key;
    }
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  private static ResourceBundle bundle(Locale locale) {
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    try {
      return ResourceBundle.getBundle(
          BUNDLE, locale, ImportMessages.class.getClassLoader(), noFallback);
    } catch (MissingResourceException e) {
      return ResourceBundle.getBundle(
          BUNDLE, FALLBACK, ImportMessages.class.getClassLoader(), noFallback);
    }
  }
}
