package fr.aiguillage.ui.kit.contract;

import fr.aiguillage.shared.FieldError;
import java.util.List;

/**
 * The names a refusal gives its fields, as the screen's fields are named: the plan's paths come
 * with or without "plan.", the dates with or without "term.".
 */
final class ContractFieldPaths {
  private ContractFieldPaths() {}

  static List<FieldError> normalised(List<FieldError> errors) {
    return errors.stream()
        .map(e -> new FieldError(path(e.field()), e.message(), e.place(), e.line(), e.column()))
        .toList();
  }

  static String path(String field) {
    if (field == null) {
      return "";
    }
    for (String prefix : List.of("plan.", "term.", "input.")) {
      if (field.startsWith(prefix)) {
        return field.substring(prefix.length());
      }
    }
    return field;
  }
}
