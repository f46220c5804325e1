package fr.aiguillage.shared;

import java.util.List;

/** The input is refused as a whole; nothing was written. */
public class InvalidInputException extends DomainException {
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.isEmpty() ? "Saisie invalide." : summary(errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summary(List<FieldError> errors) {
    FieldError first = errors.get(0);
    String more = errors.size() > 1 ? " (et " + (errors.size() - 1) + " autre(s) erreur(s))" : "";
    return first.field() + " : " + first.message() + more;
  }
}
