package fr.aiguillage.shared;

/** A page number (0 to 100,000) and size (1 to 200): the offset always fits in an int. */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 200;
  public static final int MAX_PAGE = 100_000;

  public PageRequest {
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidInputException(
          "page", "Le numéro de page doit être compris entre 0 et " + MAX_PAGE + ".");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException(
          "size", "La taille de page doit être comprise entre 1 et " + MAX_SIZE + ".");
    }
  }

  public int offset() {
    return page * size;
  }
}
