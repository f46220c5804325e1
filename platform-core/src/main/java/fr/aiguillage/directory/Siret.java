package fr.aiguillage.directory;

/**
 * SIRET: 14 digits with a Luhn key (La Poste's establishments, SIREN 356000000, use a digit sum
 * instead).
 */
public final class Siret {
  private Siret() {}

  public static boolean valid(String siret) {
    if (siret == null || !siret.matches("[0-9]{14}")) {
      return false;
    }
    if (siret.startsWith("356000000")) {
      return siret.chars().map(c -> c - '0').sum() % 5 == 0;
    }
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int d = siret.charAt(13 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
