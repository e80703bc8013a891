package vn.edu.platform.starter.web.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string with a character {@link TextRules} refuses; Jackson adds the path of the value, so
 * the problem points at the field.
 */
public class RefusedTextException extends MismatchedInputException {

  private final transient TextRules.Refusal refusal;

  RefusedTextException(JsonParser parser, TextRules.Refusal refusal) {
    super(parser, "Refused character " + refusal.codePoint() + " in text", String.class);
    this.refusal = refusal;
  }

  public TextRules.Refusal refusal() {
    return refusal;
  }
}
