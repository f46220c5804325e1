package fr.aiguillage.shared;

/** The request clashes with data already there (duplicate, concurrent change). */
public class ConflictException extends DomainException {
  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
