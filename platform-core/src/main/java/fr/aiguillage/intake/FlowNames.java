package fr.aiguillage.intake;

import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Text;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The element names {@link CafFlowReader} looks for, CAF's by default (REFERENCE §6.3). A
 * département whose file names an element otherwise (the MSA's, say) saves a few {@code KEY=NAME}
 * lines, the key being the CAF's name: {@code MATRICULE=NUMALLOC}.
 *
 * <p>The MSA's names are <b>unverified</b>: no MSA flow has been seen, so no MSA default is
 * offered; the override exists for when one is.
 */
final class FlowNames {
  /**
   * What the reader reads, with the CAF's element name; declared in groups (containers, flow,
   * household from CLAIM_NUMBER, person from CIVILITY), which {@link #ofPerson()} relies on.
   */
  enum Element {
    HOUSEHOLD("InfosFoyerRSA"),
    PERSON("Personne"),
    FLOW_IDENTIFICATION("IdentificationFlux"),
    FLOW_DATE("DTCREAFLUX"),
    FLOW_TIME("HEUCREAFLUX"),
    CLAIM_NUMBER("NUMDEMRSA"),
    CAF_NUMBER("MATRICULE"),
    CLAIM_DATE("DTDEMRSA"),
    CASE_STATE("ETATDOSRSA"),
    SUSPENSION_REASON("MOTISUSVERSRSA"),
    BENEFIT_KIND("NATPF"),
    STREET_NUMBER("NUMVOIE"),
    STREET_TYPE("LIBTYPEVOIE"),
    STREET_NAME("NOMVOIE"),
    ADDRESS_ID_COMPLEMENT("COMPLIDEADR"),
    ADDRESS_COMPLEMENT("COMPLADR"),
    POSTAL_CODE("CODEPOS"),
    COMMUNE_NAME("NOMCOM"),
    COMMUNE_INSEE("NUMCOM"),
    CIVILITY("QUAL"),
    LAST_NAME("NOM"),
    BIRTH_NAME("NOMNAI"),
    FIRST_NAMES("PRENOM"),
    BIRTH_DATE("DTNAI"),
    NIR("NIR"),
    SEX("SEXE"),
    ROLE("ROLEPERS"),
    RIGHTS_AND_DUTIES("TOPPERSDRODEVORSA"),
    RIGHTS_AND_DUTIES_ENTRANT("TOPPERSENTDRODEVORSA");

    private final String caf;

    Element(String caf) {
      this.caf = caf;
    }

    /** The CAF's name, also the key of an override. */
    String caf() {
      return caf;
    }

    /** The persons' own fields; the others belong to the household (or the flow). */
    boolean ofPerson() {
      return compareTo(CIVILITY) >= 0;
    }

    boolean ofHousehold() {
      return compareTo(CLAIM_NUMBER) >= 0 && !ofPerson();
    }
  }

  // an XML name without a namespace prefix (prefixes are ignored when reading)
  private static final Pattern XML_NAME =
      Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\\u00B7]{0,99}");
  private static final Map<String, Element> BY_CAF_NAME = new HashMap<>();

  static {
    for (Element e : Element.values()) {
      BY_CAF_NAME.put(e.caf(), e);
    }
  }

  private final Map<Element, String> names;
  private final Map<String, Element> byName = new HashMap<>();

  private FlowNames(Map<Element, String> names) {
    this.names = Collections.unmodifiableMap(new EnumMap<>(names));
    names.forEach((e, n) -> byName.put(n, e));
  }

  static FlowNames caf() {
    Map<Element, String> m = new EnumMap<>(Element.class);
    for (Element e : Element.values()) {
      m.put(e, e.caf());
    }
    return new FlowNames(m);
  }

  /**
   * These names with some replaced, keyed by the CAF's name. An unknown key, a name that is not an
   * XML name, or one name given to two elements is refused in French.
   */
  FlowNames with(Map<String, String> overrides) {
    Map<Element, String> m = new EnumMap<>(names);
    overrides.forEach(
        (key, name) -> {
          Element e = BY_CAF_NAME.get(key == null ? null : key.strip());
          if (e == null) {
            throw new InvalidInputException(
                "noms",
                "Élément « "
                    + Text.printable(key, 40)
                    + " » inconnu : les clés sont les noms de la CAF (NUMDEMRSA, MATRICULE, NOM…).");
          }
          String n = name == null ? "" : name.strip();
          if (!XML_NAME.matcher(n).matches()) {
            throw new InvalidInputException(
                "noms",
                "Nom « "
                    + Text.printable(n, 40)
                    + " » invalide pour "
                    + e.caf()
                    + " : un nom d'élément XML (lettres, chiffres, _ - .), sans préfixe ni espace.");
          }
          m.put(e, n);
        });
    Map<String, Element> seen = new HashMap<>();
    m.forEach(
        (e, n) -> {
          Element other = seen.put(n, e);
          if (other != null) {
            throw new InvalidInputException(
                "noms",
                "Le nom « " + n + " » est donné à " + other.caf() + " et à " + e.caf() + ".");
          }
        });
    return new FlowNames(m);
  }

  /**
   * The overrides a département saved: one {@code KEY=NAME} a line; empty lines and lines starting
   * with {@code #} are skipped.
   */
  static Map<String, String> parse(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new InvalidInputException(
            "noms", "Ligne " + (i + 1) + " : attendu CLÉ=NOM (ex. MATRICULE=NUMALLOC).");
      }
      m.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
    }
    return m;
  }

  String name(Element e) {
    return names.get(e);
  }

  /** The element a name in the file stands for, if the reader reads it. */
  Optional<Element> element(String localName) {
    return Optional.ofNullable(byName.get(localName));
  }
}
