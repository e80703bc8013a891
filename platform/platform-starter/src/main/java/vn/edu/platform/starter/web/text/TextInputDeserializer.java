package vn.edu.platform.starter.web.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every JSON string as Jackson does, then refuses the characters of {@link TextRules}: one
 * place for every text field of every body, collections and maps included.
 */
public class TextInputDeserializer extends StdScalarDeserializer<String> {

  private final boolean multiline;

  public TextInputDeserializer() {
    this(true);
  }

  private TextInputDeserializer(boolean multiline) {
    super(String.class);
    this.multiline = multiline;
  }

  @Override
  public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    boolean singleLine = property != null && property.getAnnotation(SingleLineText.class) != null;
    return singleLine == !multiline ? this : new TextInputDeserializer(!singleLine);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext ctxt) {
    String value = StringDeserializer.instance.deserialize(parser, ctxt);
    TextRules.Refusal refusal = TextRules.check(value, multiline);
    if (refusal != null) {
      throw new RefusedTextException(parser, refusal);
    }
    return value;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.Textual;
  }

  @Override
  public Object getEmptyValue(DeserializationContext ctxt) {
    return "";
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
