package vn.edu.platform.starter.imports.job;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edu.platform.starter.imports.file.CellValues;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportDefinition;

/**
 * The service's import types by name, checked at start-up so that a mistake in a definition (two
 * types of one name, two columns whose headers only differ by accents, no allowed role) stops the
 * service instead of confusing users later.
 */
public class ImportDefinitions {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Map<String, ImportDefinition<?>> byType;

  public ImportDefinitions(List<ImportDefinition<?>> definitions) {
    Map<String, ImportDefinition<?>> map = new LinkedHashMap<>();
    for (ImportDefinition<?> definition : definitions) {
      validate(definition);
      if (map.putIfAbsent(definition.type(), definition) != null) {
        throw new IllegalStateException("Two import definitions of type " + definition.type());
      }
    }
    this.byType = Map.copyOf(map);
  }

  public Optional<ImportDefinition<?>> find(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  public Collection<ImportDefinition<?>> all() {
    return byType.values().stream().sorted((a, b) -> a.type().compareTo(b.type())).toList();
  }

  public Set<String> types() {
    return byType.keySet();
  }

  private static void validate(ImportDefinition<?> definition) {
    String type = definition.type();
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalStateException("Import type must be kebab-case: " + type);
    }
    List<ImportColumn> columns = definition.columns();
    if (columns == null || columns.isEmpty()) {
      throw new IllegalStateException("Import type " + type + " declares no column");
    }
    if (definition.allowedRoles() == null || definition.allowedRoles().isEmpty()) {
      throw new IllegalStateException("Import type " + type + " allows no role to upload");
    }
    Map<String, String> owners = new HashMap<>();
    for (ImportColumn column : columns) {
      for (String name : List.of(column.header(), column.key())) {
        String folded = CellValues.foldHeader(name);
        String owner = owners.putIfAbsent(folded, column.key());
        if (owner != null && !owner.equals(column.key())) {
          throw new IllegalStateException(
              "Import type "
                  + type
                  + ": columns "
                  + owner
                  + " and "
                  + column.key()
                  + " cannot be told apart ('"
                  + folded
                  + "')");
        }
      }
    }
  }
}
