package fr.aiguillage.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The communes of the code officiel géographique (INSEE), shipped with the platform from Etalab's
 * découpage administratif ({@code infra/scripts/update-communes.sh}): current communes, Paris, Lyon
 * and Marseille arrondissements, delegated and associated communes, and former codes of merged
 * communes.
 */
public final class Communes {
  /** What a code stands for today. */
  public enum Kind {
    COMMUNE,
    ARRONDISSEMENT,
    DELEGATED,
    FORMER
  }

  /** One code of the COG; {@code currentCode} is set for a former code. */
  public record Commune(
      String code,
      Kind kind,
      String departement,
      List<String> postalCodes,
      String name,
      String currentCode) {}

  private static final String RESOURCE = "communes.csv.gz";

  private Communes() {}

  public static Optional<Commune> find(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(Holder.BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  public static int size() {
    return Holder.BY_CODE.size();
  }

  /**
   * What is wrong with a commune code and its postal code, in French, or empty when both are
   * consistent. A blank postal code is not checked.
   */
  public static Optional<String> problem(String code, String postalCode) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!c.matches("(?:[0-9]{2}|2A|2B)[0-9]{3}")) {
      return Optional.of(
          "Code commune INSEE « " + c + " » invalide : 5 caractères (ex. 08105 ou 2A004).");
    }
    Optional<Commune> found = find(c);
    if (found.isEmpty()) {
      return Optional.of("Code commune INSEE « " + c + " » inconnu du code officiel géographique.");
    }
    Commune commune = found.get();
    if (commune.kind() == Kind.FORMER) {
      return Optional.of(
          "Le code "
              + c
              + " est celui d'une ancienne commune, fusionnée dans "
              + commune.name()
              + " : utilisez le code "
              + commune.currentCode()
              + ".");
    }
    String postal = postalCode == null ? "" : postalCode.strip();
    if (!postal.isEmpty()
        && !commune.postalCodes().isEmpty()
        && !commune.postalCodes().contains(postal)) {
      List<String> known = commune.postalCodes();
      return Optional.of(
          "Le code postal "
              + postal
              + " ne correspond pas à "
              + commune.name()
              + " ("
              + c
              + ") : "
              + (known.size() == 1 ? "code postal " : "codes postaux ")
              + String.join(", ", known.size() > 6 ? known.subList(0, 6) : known)
              + (known.size() > 6 ? "…" : "")
              + ".");
    }
    return Optional.empty();
  }

  private static final class Holder {
    static final Map<String, Commune> BY_CODE = load();

    private static Map<String, Commune> load() {
      Map<String, Commune> map = new HashMap<>(48_000);
      try (InputStream raw = Communes.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException("Liste des communes absente : " + RESOURCE);
        }
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] f = line.split(";", -1);
          map.put(
              f[0],
              new Commune(
                  f[0],
                  switch (f[1]) {
                    case "C" -> Kind.COMMUNE;
                    case "M" -> Kind.ARRONDISSEMENT;
                    case "D" -> Kind.DELEGATED;
                    default -> Kind.FORMER;
                  },
                  f[2],
                  f[3].isEmpty() ? List.of() : List.of(f[3].split(" ")),
                  f[4],
                  f[5].isEmpty() ? null : f[5]));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.copyOf(map);
    }
  }
}
