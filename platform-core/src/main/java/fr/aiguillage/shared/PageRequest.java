package fr.aiguillage.shared;

/** A page number (from 0) and size (1 to 200). */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page", "Le numéro de page doit être positif ou nul.");
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
