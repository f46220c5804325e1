package fr.aiguillage.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguillage.beneficiary.Address;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.Civility;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.shared.Communes;
import fr.aiguillage.vocabulary.Pathway;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a decision letter says, gathered when the decision is taken, and kept as JSON in the
 * letter's notice (so the letter printed or sent later says what was decided then).
 */
final class DecisionLetterData {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final Map<Pathway, String> MEANING =
      Map.of(
          Pathway.PROFESSIONAL,
          "Vous êtes accompagné(e) vers l'emploi : recherche d'emploi, formation, création"
              + " d'activité.",
          Pathway.SOCIO_PROFESSIONAL,
          "Vous êtes accompagné(e) à la fois vers l'emploi et pour lever ce qui fait obstacle"
              + " (santé, logement, mobilité, garde d'enfants…).",
          Pathway.SOCIAL,
          "Vous êtes d'abord accompagné(e) pour résoudre les difficultés qui empêchent, pour"
              + " l'instant, de chercher un emploi.");

  private DecisionLetterData() {}

  /** The letter of a decided orientation, dated {@code day}. */
  static LetterData of(
      String departement,
      Orientation o,
      Beneficiary b,
      Optional<Structure> s,
      Optional<Referent> referent,
      LocalDate day) {
    List<String> structureAddress =
        s.map(x -> placeLines(x.addressLine(), x.postalCode(), x.communeInsee()))
            .orElseGet(ArrayList::new);
    Pathway p = o.pathway().orElseThrow();
    return new LetterData(
        departement,
        reference(o.id()),
        day.toString(),
        civility(b.civility()),
        fullName(b.firstNames(), b.lastName()),
        addressLines(b.address()),
        p.label(),
        MEANING.get(p),
        s.map(Structure::name).orElse("le département"),
        structureAddress,
        s.map(Structure::phone).orElse(null),
        s.map(Structure::email).orElse(null),
        referent.map(Referent::name).orElse(null),
        o.overrideReason());
  }

  /** The reference printed on the letter: the orientation id's first eight characters. */
  static String reference(UUID orientationId) {
    return orientationId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  static String civility(Civility c) {
    return c == null ? "Madame, Monsieur" : c.label();
  }

  static String fullName(String firstNames, String lastName) {
    return firstNames + " " + lastName.toUpperCase(Locale.ROOT);
  }

  /** The person's postal address, one line each, without the empty ones. */
  static List<String> addressLines(Address a) {
    List<String> lines = new ArrayList<>();
    if (a != null) {
      addIf(lines, a.line());
      addIf(lines, a.complement());
      addIf(lines, join(a.postalCode(), a.communeName()));
    }
    return lines;
  }

  /** The structure's address; the commune's name comes from its INSEE code. */
  static List<String> placeLines(String addressLine, String postalCode, String communeInsee) {
    List<String> lines = new ArrayList<>();
    addIf(lines, addressLine);
    addIf(
        lines,
        join(postalCode, Communes.find(communeInsee).map(Communes.Commune::name).orElse(null)));
    return lines;
  }

  /** The data as kept in the letter's notice. */
  static String json(LetterData d) {
    try {
      return JSON.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The data kept in a letter's notice. */
  static LetterData read(Notification letter) {
    try {
      return JSON.readValue(letter.body(), LetterData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Courrier illisible : " + letter.id(), e);
    }
  }

  private static void addIf(List<String> lines, String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line.strip());
    }
  }

  private static String join(String a, String b) {
    return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
  }
}
