package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.BeneficiaryLimits;
import fr.aiguillage.beneficiary.CafNumber;
import fr.aiguillage.beneficiary.Civility;
import fr.aiguillage.beneficiary.Nir;
import fr.aiguillage.intake.FlowNames.Element;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Text;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The raw values of one household while it is read, then checked into a {@link FlowHousehold}. The
 * first value of an element wins (the CAF lists the current address, rank 01, first [I]). Messages
 * name where, never what a person is called nor their NIR: they are kept in the import report.
 */
final class FlowHouseholdDraft {
  /** Beyond this, a household is refused rather than held in memory. */
  static final int MAX_PERSONS = 50;

  private static final Pattern DATE_SHAPE =
      Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{8}");
  // UTF-8 read as Latin-1: é (C3 A9) shows as "Ã©", è as "Ã¨", à (C3 A0) as "Ã" + no-break space
  private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\\u0080-\\u00BF]");
  // Windows-1252's ’ “ ” € … are 0x80-0x9F: control characters in ISO-8859-1
  private static final Pattern C1 = Pattern.compile("[\\u0080-\\u009F]");
  // compiled once (String.matches compiles on each call): a flow has millions of values
  private static final Pattern CLAIM = Pattern.compile("[0-9A-Za-z]+");
  private static final Pattern CAF_NUMBER_NOISE = Pattern.compile("[\\s.-]|^(?i)(CAF|MSA)");
  private static final Pattern STATE = Pattern.compile("[0-6]");
  private static final Pattern SUSPENSION = Pattern.compile("[0-9A-Za-z]{1,4}");
  private static final Pattern KIND = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
  private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
  private static final Pattern SEX = Pattern.compile("[12]");

  private final int ordinal;
  private final FlowNames names;
  private final String encoding;
  private final boolean latin1;
  private final Map<Element, String> household = new EnumMap<>(Element.class);
  private final List<Map<Element, String>> persons = new ArrayList<>();
  private int personCount;
  private final List<Problem> problems = new ArrayList<>();
  private boolean rejected;
  // the values being checked: the household's, or one person's
  private Map<Element, String> current = household;

  /** {@code encoding}: as the parser reads the file, for the message on garbled text. */
  FlowHouseholdDraft(int ordinal, FlowNames names, String encoding) {
    this.ordinal = ordinal;
    this.names = names;
    this.encoding = encoding;
    this.latin1 =
        encoding != null
            && Charset.isSupported(encoding)
            && Charset.forName(encoding).equals(StandardCharsets.ISO_8859_1);
  }

  void startPerson() {
    personCount++;
    if (personCount <= MAX_PERSONS) {
      persons.add(new EnumMap<>(Element.class));
    }
  }

  void household(Element e, String value) {
    household.putIfAbsent(e, value);
  }

  void person(Element e, String value) {
    if (personCount >= 1 && personCount <= MAX_PERSONS) {
      persons.get(personCount - 1).putIfAbsent(e, value);
    }
  }

  FlowHousehold build() {
    // a claim number with a problem is not named: its problems are the unnamed household's
    String claim = claimNumber(new PersonContext("Foyer", null, true));
    String where = claim == null ? "Foyer" : "Foyer " + claim;
    PersonContext none = new PersonContext(where, null, true);
    String caf = cafNumber(none);
    LocalDate claimDate = date(none, Element.CLAIM_DATE, "Date de demande RSA");
    FlowHousehold.State state = state(none);
    String suspension = text(none, Element.SUSPENSION_REASON, 4);
    if (suspension != null && !SUSPENSION.matcher(suspension).matches()) {
      problem(
          none,
          Element.SUSPENSION_REASON,
          "Motif de suspension invalide : un code de 1 à 4 lettres ou chiffres.");
      suspension = null;
    }
    String kind = text(none, Element.BENEFIT_KIND, 3);
    if (kind != null && !KIND.matcher(kind).matches()) {
      problem(
          none,
          Element.BENEFIT_KIND,
          "Nature de prestation invalide : un code de 3 lettres (RSD, RSI…).");
      kind = null;
    }
    FlowHousehold.Address address = address(none);
    List<FlowPerson> read = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      read.add(person(where, i + 1, persons.get(i)));
    }
    composition(none, read);
    return new FlowHousehold(
        ordinal,
        claim,
        caf,
        claimDate,
        state,
        suspension == null ? null : suspension.toUpperCase(),
        kind == null ? null : kind.toUpperCase(),
        address,
        read,
        problems,
        rejected);
  }

  /** Where a problem is, and whether it rejects the household (household or DEM/CJT). */
  private record PersonContext(String where, String person, boolean matters) {
    String column(String element) {
      return where + (person == null ? "" : ", " + person) + " — " + element;
    }
  }

  private String claimNumber(PersonContext at) {
    String claim = text(at, Element.CLAIM_NUMBER, 20);
    if (claim != null && !CLAIM.matcher(claim).matches()) {
      problem(at, Element.CLAIM_NUMBER, "Numéro de demande RSA invalide : lettres et chiffres.");
      return null;
    }
    if (claim == null && current.get(Element.CLAIM_NUMBER) == null) {
      problem(at, Element.CLAIM_NUMBER, "Numéro de demande RSA absent.");
    }
    return claim;
  }

  private String cafNumber(PersonContext at) {
    String raw = text(at, Element.CAF_NUMBER, BeneficiaryLimits.CAF_NUMBER);
    if (raw == null) {
      if (current.get(Element.CAF_NUMBER) == null) {
        problem(at, Element.CAF_NUMBER, "Numéro allocataire absent.");
      }
      return null;
    }
    try {
      return CafNumber.parse(cafNoise(raw)).value();
    } catch (InvalidInputException e) {
      problem(at, Element.CAF_NUMBER, e.errors().get(0).message());
      return null;
    }
  }

  /** Spaces, dots, dashes and a CAF or MSA prefix, as people write the number, left out. */
  private static String cafNoise(String raw) {
    return CAF_NUMBER_NOISE.matcher(raw).replaceAll("");
  }

  private FlowHousehold.State state(PersonContext at) {
    String v = text(at, Element.CASE_STATE, 10);
    if (v == null) {
      if (current.get(Element.CASE_STATE) == null) {
        problem(at, Element.CASE_STATE, "État du dossier absent.");
      }
      return null;
    }
    if (!STATE.matcher(v).matches()) {
      problem(
          at,
          Element.CASE_STATE,
          "État du dossier « "
              + Text.printable(v, 10)
              + " » inconnu : de 0 (nouvelle demande) à 6 (droit clos sur un mois antérieur).");
      return null;
    }
    return FlowHousehold.State.values()[Integer.parseInt(v)];
  }

  private FlowHousehold.Address address(PersonContext at) {
    String line =
        joined(
            at,
            " ",
            BeneficiaryLimits.ADDRESS_LINE,
            Element.STREET_NUMBER,
            Element.STREET_TYPE,
            Element.STREET_NAME);
    String complement =
        joined(
            at,
            ", ",
            BeneficiaryLimits.ADDRESS_COMPLEMENT,
            Element.ADDRESS_ID_COMPLEMENT,
            Element.ADDRESS_COMPLEMENT);
    String postal = text(at, Element.POSTAL_CODE, BeneficiaryLimits.POSTAL_CODE);
    if (postal != null && !POSTAL_CODE.matcher(postal).matches()) {
      problem(at, Element.POSTAL_CODE, "Le code postal doit comporter 5 chiffres.");
      postal = null;
    }
    String commune = text(at, Element.COMMUNE_NAME, BeneficiaryLimits.COMMUNE_NAME);
    String insee = text(at, Element.COMMUNE_INSEE, BeneficiaryLimits.COMMUNE_INSEE);
    if (insee != null && !INSEE.matcher(insee.toUpperCase()).matches()) {
      problem(
          at,
          Element.COMMUNE_INSEE,
          "Code INSEE de la commune invalide : 5 caractères (ex. 75056, 2A004).");
      insee = null;
    }
    return new FlowHousehold.Address(
        line, complement, postal, commune, insee == null ? null : insee.toUpperCase());
  }

  /** Parts joined into one field, which must fit its column as a whole. */
  private String joined(PersonContext at, String separator, int max, Element... parts) {
    List<String> read = new ArrayList<>();
    for (Element e : parts) {
      String v = text(at, e, max);
      if (v != null) {
        read.add(v);
      }
    }
    String all = read.isEmpty() ? null : String.join(separator, read);
    if (all != null && all.length() > max) {
      String where = Stream.of(parts).map(names::name).collect(Collectors.joining(" + "));
      problems.add(new Problem(ordinal, at.column(where), Text.problem(all, max).orElseThrow()));
      rejected = true;
      return null;
    }
    return all;
  }

  private FlowPerson person(String where, int n, Map<Element, String> raw) {
    String roleCode = Text.blankToNull(raw.get(Element.ROLE));
    FlowPerson.Role role = null;
    if (roleCode != null) {
      try {
        role = FlowPerson.Role.valueOf(roleCode.toUpperCase());
      } catch (IllegalArgumentException e) {
        role = null;
      }
    }
    String label =
        "personne "
            + n
            + " ("
            + (role != null
                ? role.name()
                : roleCode == null ? "sans rôle" : Text.printable(roleCode, 6))
            + ")";
    boolean matters = role == null || role == FlowPerson.Role.DEM || role == FlowPerson.Role.CJT;
    PersonContext at = new PersonContext(where, label, matters);
    current = raw;
    try {
      if (role == null) {
        problem(
            at,
            Element.ROLE,
            roleCode == null
                ? "Rôle absent : DEM, CJT, ENF, AUT ou RDO."
                : "Rôle « "
                    + Text.printable(roleCode, 10)
                    + " » inconnu : DEM (demandeur), CJT (conjoint), ENF (enfant), AUT (autre) ou RDO (responsable du dossier).");
      }
      String lastName = required(at, Element.LAST_NAME, BeneficiaryLimits.LAST_NAME, "Nom absent.");
      String birthName = text(at, Element.BIRTH_NAME, BeneficiaryLimits.BIRTH_NAME);
      String firstNames =
          required(at, Element.FIRST_NAMES, BeneficiaryLimits.FIRST_NAMES, "Prénom absent.");
      LocalDate birth = date(at, Element.BIRTH_DATE, "Date de naissance");
      if (birth == null && raw.get(Element.BIRTH_DATE) == null) {
        problem(at, Element.BIRTH_DATE, "Date de naissance absente.");
      }
      String nir = nir(at);
      String sex = text(at, Element.SEX, 10);
      if (sex != null && !SEX.matcher(sex).matches()) {
        problem(
            at,
            Element.SEX,
            "Sexe « " + Text.printable(sex, 10) + " » inconnu : 1 (homme) ou 2 (femme).");
        sex = null;
      }
      Civility civility = civility(at, sex, nir);
      Boolean rdd = flag(at, Element.RIGHTS_AND_DUTIES);
      Boolean entrant = flag(at, Element.RIGHTS_AND_DUTIES_ENTRANT);
      return new FlowPerson(
          n, civility, lastName, birthName, firstNames, birth, nir, sex, role, rdd, entrant);
    } finally {
      current = household;
    }
  }

  private String nir(PersonContext at) {
    String raw = text(at, Element.NIR, BeneficiaryLimits.NIR);
    if (raw == null) {
      return null;
    }
    try {
      return Nir.parse(names.name(Element.NIR), raw).value();
    } catch (InvalidInputException e) {
      problem(at, Element.NIR, e.errors().get(0).message());
      return null;
    }
  }

  private Civility civility(PersonContext at, String sex, String nir) {
    String qual = text(at, Element.CIVILITY, 20);
    if (qual != null) {
      switch (qual.toUpperCase().replace(".", "")) {
        case "MR", "M", "MONSIEUR":
          return Civility.MONSIEUR;
        case "MME", "MLE", "MLLE", "MADAME":
          return Civility.MADAME;
        default:
          problem(
              at,
              Element.CIVILITY,
              "Civilité « " + Text.printable(qual, 10) + " » inconnue : MR ou MME.");
          return null;
      }
    }
    // the NIR's first digit: 1, 3, 7 men; 2, 4, 8 women (3, 4, 7, 8: temporary numbers)
    String code = sex != null ? sex : nir == null ? null : nir.substring(0, 1);
    if (code != null && "137".contains(code)) {
      return Civility.MONSIEUR;
    }
    if (code != null && "248".contains(code)) {
      return Civility.MADAME;
    }
    if (current.get(Element.CIVILITY) == null) {
      problem(
          at,
          Element.CIVILITY,
          "Civilité absente : ni " + names.name(Element.SEX) + " ni NIR ne la donnent.");
    }
    return null;
  }

  private Boolean flag(PersonContext at, Element e) {
    String v = text(at, e, 10);
    if (v == null) {
      return null;
    }
    return switch (v.toLowerCase()) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> {
        problem(at, e, "Valeur « " + Text.printable(v, 10) + " » inconnue : 1 (oui) ou 0 (non).");
        yield null;
      }
    };
  }

  /** No claimant, two claimants, a person twice: the household cannot be trusted. */
  private void composition(PersonContext at, List<FlowPerson> read) {
    if (personCount > MAX_PERSONS) {
      problems.add(
          new Problem(
              ordinal,
              at.where(),
              "Plus de " + MAX_PERSONS + " personnes dans le foyer : foyer rejeté."));
      rejected = true;
    }
    List<Integer> claimants =
        read.stream()
            .filter(p -> p.role() == FlowPerson.Role.DEM)
            .map(FlowPerson::ordinal)
            .toList();
    if (claimants.isEmpty()) {
      householdRejected(at, "Foyer sans demandeur (aucune personne au rôle DEM) : foyer rejeté.");
    } else if (claimants.size() > 1) {
      householdRejected(
          at,
          "Plusieurs demandeurs (DEM) dans le foyer, personnes "
              + claimants.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + " : foyer rejeté.");
    }
    if (read.size() < 2) {
      return; // nobody to be there twice
    }
    // names compared only between people born the same day (their search keys cost a regex each)
    Map<LocalDate, Integer> births = new HashMap<>();
    read.forEach(p -> births.merge(p.birthDate(), 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    for (FlowPerson p : read) {
      String byNir = p.nir() == null ? null : "nir:" + p.nir();
      String byName =
          p.lastName() == null
                  || p.firstNames() == null
                  || p.birthDate() == null
                  || births.get(p.birthDate()) < 2
              ? null
              : "nom:"
                  + Text.searchKey(p.lastName() + " / " + p.firstNames())
                  + " "
                  + p.birthDate();
      String[] keys = {byNir, byName};
      for (int k = 0; k < keys.length; k++) {
        Integer first = keys[k] == null ? null : seen.putIfAbsent(keys[k], p.ordinal());
        if (first != null) {
          householdRejected(
              at,
              "La personne "
                  + p.ordinal()
                  + " est la même que la personne "
                  + first
                  + (k == 0 ? " (même NIR)" : " (mêmes nom, prénoms et date de naissance)")
                  + " : foyer rejeté.");
          break;
        }
      }
    }
  }

  private void householdRejected(PersonContext at, String message) {
    problems.add(new Problem(ordinal, at.where(), message));
    rejected = true;
  }

  private String required(PersonContext at, Element e, int max, String absent) {
    String v = text(at, e, max);
    if (v == null && current.get(e) == null) {
      problem(at, e, absent);
    }
    return v;
  }

  private LocalDate date(PersonContext at, Element e, String what) {
    String v = text(at, e, 30);
    if (v == null) {
      return null;
    }
    try {
      return IntakeDates.parse(v).orElse(null);
    } catch (IllegalArgumentException ex) {
      problem(
          at,
          e,
          DATE_SHAPE.matcher(v).matches()
              ? what + " impossible : « " + v + " » n'existe pas."
              : what
                  + " illisible : « "
                  + Text.printable(v, 20)
                  + " » ; attendu AAAA-MM-JJ ou JJ/MM/AAAA.");
      return null;
    }
  }

  /**
   * The stripped value, or null if absent or refused (too long, a control character, UTF-8 read as
   * Latin-1); a refusal is a problem. The raw value stays in the map, so "absent" can be told
   * apart.
   */
  private String text(PersonContext at, Element e, int max) {
    String v = Text.blankToNull(current.get(e));
    if (v == null) {
      return null;
    }
    if (ascii(v)) {
      // neither garbled UTF-8 nor a Windows-1252 character: the common case, without the patterns
      var refused = Text.problem(v, max);
      refused.ifPresent(m -> problem(at, e, m));
      return refused.isPresent() ? null : v;
    }
    Matcher garbled = MOJIBAKE.matcher(v);
    if (garbled.find()) {
      problem(
          at,
          e,
          "Caractères « "
              + Text.printable(garbled.group(), 2)
              + " » : du texte UTF-8 lu comme du Latin-1 ; le fichier, lu en « "
              + encoding
              + " » comme le déclare son en-tête, est sans doute en UTF-8 : demandez un fichier dont l'en-tête déclare le bon encodage.");
      return null;
    }
    Matcher windows = C1.matcher(v);
    if (latin1 && windows.find()) {
      problem(
          at,
          e,
          String.format(
              "Caractère de contrôle U+%04X : le fichier, lu en « %s » comme le déclare son"
                  + " en-tête, est sans doute en Windows-1252 (apostrophe ou guillemet de"
                  + " traitement de texte) : demandez un fichier dont l'en-tête déclare le bon"
                  + " encodage.",
              (int) windows.group().charAt(0), encoding));
      return null;
    }
    var refused = Text.problem(v, max);
    refused.ifPresent(m -> problem(at, e, m));
    return refused.isPresent() ? null : v;
  }

  private static boolean ascii(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private void problem(PersonContext at, Element e, String message) {
    problems.add(new Problem(ordinal, at.column(names.name(e)), message));
    rejected |= at.matters();
  }
}
