package fr.aiguillage.contract;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.List;

/** A template with an unknown merge field, an unclosed one or a missing text: nothing is saved. */
public class TemplateRejectedException extends InvalidInputException {
  private final List<TemplateError> templateErrors;

  public TemplateRejectedException(List<TemplateError> templateErrors) {
    super(
        templateErrors.stream()
            .map(
                e ->
                    new FieldError(
                        e.field(),
                        e.describe(),
                        e.place(),
                        e.line() > 0 ? e.line() : null,
                        e.line() > 0 ? e.column() : null))
            .toList());
    this.templateErrors = List.copyOf(templateErrors);
  }

  public List<TemplateError> templateErrors() {
    return templateErrors;
  }
}
