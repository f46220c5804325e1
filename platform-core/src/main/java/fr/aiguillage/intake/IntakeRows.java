package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.BeneficiaryDetails;
import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.beneficiary.BeneficiaryLimits;
import fr.aiguillage.beneficiary.Nir;
import fr.aiguillage.beneficiary.ProtectedNir;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.TenantCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a row of a list into a person's details with the platform's own rules ({@link
 * BeneficiaryDetails#validate}): every problem of the row is reported with the file's own column
 * name; a row with one problem is skipped whole. Every text that reaches the database has been
 * checked against its column here first (length, control characters), so that a bad row is reported
 * rather than failing its chunk.
 */
final class IntakeRows {
  /** The outcome for one row: valid (staged) or its problems. */
  record Outcome(Staged staged, List<Problem> problems) {}

  private static final Map<String, IntakeField> DRAFT_FIELDS =
      Map.ofEntries(
          Map.entry("civility", IntakeField.CIVILITY),
          Map.entry("lastName", IntakeField.LAST_NAME),
          Map.entry("birthName", IntakeField.BIRTH_NAME),
          Map.entry("firstNames", IntakeField.FIRST_NAMES),
          Map.entry("birthDate", IntakeField.BIRTH_DATE),
          Map.entry("cafNumber", IntakeField.CAF_NUMBER),
          Map.entry("householdRole", IntakeField.HOUSEHOLD_ROLE),
          Map.entry("nir", IntakeField.NIR),
          Map.entry("email", IntakeField.EMAIL),
          Map.entry("phone", IntakeField.PHONE),
          Map.entry("addressLine", IntakeField.ADDRESS_LINE),
          Map.entry("addressComplement", IntakeField.ADDRESS_COMPLEMENT),
          Map.entry("postalCode", IntakeField.POSTAL_CODE),
          Map.entry("communeName", IntakeField.COMMUNE_NAME),
          Map.entry("communeInsee", IntakeField.COMMUNE_INSEE),
          Map.entry("rsaClaimDate", IntakeField.RSA_CLAIM_DATE),
          Map.entry("rightsAndDutiesStart", IntakeField.RIGHTS_AND_DUTIES_START));

  private static final java.util.regex.Pattern POSTAL_AND_COMMUNE =
      java.util.regex.Pattern.compile("([0-9]{5})(?:[\\s,;/-]+(.*))?");

  private final ColumnMapping mapping;
  private final Map<IntakeField, Integer> index = new EnumMap<>(IntakeField.class);
  private final LocalDate today;
  private final Function<Nir, ProtectedNir> protector;
  private final TenantCode tenant;
  private RowPrints prints;

  IntakeRows(
      List<String> header,
      ColumnMapping mapping,
      String tenant,
      LocalDate today,
      Function<Nir, ProtectedNir> protector) {
    mapping.check(header);
    this.mapping = mapping;
    this.today = today;
    this.protector = protector;
    this.tenant = TenantCode.of(tenant);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      positions.putIfAbsent(header.get(i), i);
    }
    mapping.columns().forEach((f, c) -> index.put(f, positions.get(c)));
  }

  /** Gives each row read its fingerprint, for {@link Intake#skipUnchanged}. */
  IntakeRows printing(RowPrints p) {
    this.prints = p;
    return this;
  }

  /**
   * The row's fingerprint: its mapped cells as read, in the fields' order; null without prints, or
   * for a row that could not be read whole (never skipped).
   */
  byte[] print(RowSource.SourceRow row) {
    if (prints == null || !row.unread().isEmpty()) {
      return null;
    }
    Object[] cells = new Object[index.size()];
    int k = 0;
    for (Integer i : index.values()) {
      cells[k++] = i < row.cells().size() ? row.cells().get(i) : null;
    }
    return prints.of(cells);
  }

  /**
   * The row as {@link Intake#skipUnchanged} reads it: its fingerprint and whom it designates; null
   * without prints.
   */
  RowPrints.Print printed(RowSource.SourceRow row) {
    if (prints == null) {
      return null;
    }
    return prints.print(
        row.number(),
        row.number(),
        print(row),
        cell(row, IntakeField.CAF_NUMBER),
        cell(row, IntakeField.NIR));
  }

  private String cell(RowSource.SourceRow row, IntakeField f) {
    Integer i = index.get(f);
    return i == null || i >= row.cells().size() ? null : row.cells().get(i);
  }

  Outcome read(RowSource.SourceRow row) {
    List<Problem> problems = new ArrayList<>();
    row.unread().forEach(e -> problems.add(new Problem(row.number(), e.field(), e.message())));
    Map<IntakeField, String> v = new EnumMap<>(IntakeField.class);
    index.forEach(
        (f, i) -> {
          String cell = i < row.cells().size() ? row.cells().get(i) : null;
          String value = Text.blankToNull(cell);
          if (value != null) {
            v.put(f, value);
          }
        });
    LocalDate birth = date(row, v, IntakeField.BIRTH_DATE, problems);
    LocalDate claim = date(row, v, IntakeField.RSA_CLAIM_DATE, problems);
    LocalDate rdd = date(row, v, IntakeField.RIGHTS_AND_DUTIES_START, problems);
    String role = role(row, v.get(IntakeField.HOUSEHOLD_ROLE), problems);
    String civility = civility(v.get(IntakeField.CIVILITY), v.get(IntakeField.NIR));
    if (civility == null && v.containsKey(IntakeField.CIVILITY)) {
      problems.add(
          problem(
              row,
              IntakeField.CIVILITY,
              "Civilité « "
                  + Text.printable(v.get(IntakeField.CIVILITY), 40)
                  + " » inconnue : M. ou Mme (ou H/F, 1/2)."));
    }
    String phone2 = text(row, v, IntakeField.PHONE_2, BeneficiaryLimits.PHONE, problems);
    if (phone2 != null) {
      phone2 = phone2.replaceAll("[\\s.-]", "");
      if (!phone2.matches("(?:\\+33|0)[1-9][0-9]{8}")) {
        problems.add(problem(row, IntakeField.PHONE_2, "Téléphone invalide : 10 chiffres."));
      }
    }
    String referent = text(row, v, IntakeField.REFERENT_EMAIL, BeneficiaryLimits.EMAIL, problems);
    if (referent != null && !referent.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(problem(row, IntakeField.REFERENT_EMAIL, "Adresse électronique invalide."));
    }
    String ft =
        text(row, v, IntakeField.FRANCE_TRAVAIL_ID, BeneficiaryLimits.FRANCE_TRAVAIL_ID, problems);
    if (ft != null && !ft.matches("[0-9A-Za-z]{5,20}")) {
      problems.add(
          problem(
              row,
              IntakeField.FRANCE_TRAVAIL_ID,
              "Identifiant France Travail invalide : 5 à 20 lettres ou chiffres."));
    }
    String tags = text(row, v, IntakeField.TAGS, BeneficiaryLimits.TAGS, problems);
    String fileId =
        text(
            row, v, IntakeField.DEPARTMENT_FILE_ID, BeneficiaryLimits.DEPARTMENT_FILE_ID, problems);
    String structure =
        text(row, v, IntakeField.LISTED_STRUCTURE, BeneficiaryLimits.LISTED_STRUCTURE, problems);
    splitPostalCodeAndCommune(row, v, problems);
    BeneficiaryDetails details = null;
    try {
      details =
          BeneficiaryDetails.validate(
              new BeneficiaryDraft(
                  civility,
                  v.get(IntakeField.LAST_NAME),
                  v.get(IntakeField.BIRTH_NAME),
                  v.get(IntakeField.FIRST_NAMES),
                  birth,
                  v.get(IntakeField.CAF_NUMBER),
                  role == null ? "DEM" : role,
                  v.get(IntakeField.NIR),
                  v.get(IntakeField.EMAIL),
                  v.get(IntakeField.PHONE),
                  v.get(IntakeField.ADDRESS_LINE),
                  v.get(IntakeField.ADDRESS_COMPLEMENT),
                  v.get(IntakeField.POSTAL_CODE),
                  v.get(IntakeField.COMMUNE_NAME),
                  v.get(IntakeField.COMMUNE_INSEE),
                  null,
                  claim,
                  rdd),
              tenant,
              today);
    } catch (InvalidInputException e) {
      for (FieldError err : e.errors()) {
        IntakeField f = DRAFT_FIELDS.get(err.field());
        boolean alreadyReported =
            f != null
                && problems.stream().anyMatch(p -> p.column().equals(column(f)))
                && (f == IntakeField.BIRTH_DATE
                    || f == IntakeField.RSA_CLAIM_DATE
                    || f == IntakeField.RIGHTS_AND_DUTIES_START
                    || row.unread().stream().anyMatch(u -> u.field().equals(column(f))));
        if (!alreadyReported) {
          problems.add(
              new Problem(row.number(), f == null ? err.field() : column(f), err.message()));
        }
      }
    }
    if (!problems.isEmpty() || details == null) {
      return new Outcome(null, problems);
    }
    ProtectedNir nir = details.nir().map(protector).orElse(null);
    return new Outcome(
        Staged.of(
            row.number(),
            details,
            nir,
            today,
            new Staged.Extra(
                phone2,
                ft,
                referent == null ? null : referent.toLowerCase(Locale.ROOT),
                tags,
                fileId,
                structure),
            null,
            print(row)),
        List.of());
  }

  /**
   * « 08000 CHARLEVILLE-MEZIERES » in one column: the postal code and the commune, unless the file
   * has them in columns of their own (which win).
   */
  private void splitPostalCodeAndCommune(
      RowSource.SourceRow row, Map<IntakeField, String> v, List<Problem> problems) {
    String both = v.get(IntakeField.POSTAL_CODE_AND_COMMUNE);
    if (both == null) {
      return;
    }
    var m = POSTAL_AND_COMMUNE.matcher(both.strip());
    if (!m.matches()) {
      problems.add(
          problem(
              row,
              IntakeField.POSTAL_CODE_AND_COMMUNE,
              "« "
                  + Text.printable(both, 40)
                  + " » : le code postal (5 chiffres) doit précéder la commune, ex. « 08000"
                  + " CHARLEVILLE-MEZIERES »."));
      return;
    }
    v.putIfAbsent(IntakeField.POSTAL_CODE, m.group(1));
    if (m.group(2) != null && !m.group(2).isBlank()) {
      v.putIfAbsent(IntakeField.COMMUNE_NAME, m.group(2).strip());
    }
  }

  /** A text the domain does not check, within its column; null if absent or refused. */
  private String text(
      RowSource.SourceRow row,
      Map<IntakeField, String> v,
      IntakeField f,
      int max,
      List<Problem> problems) {
    String value = v.get(f);
    var refused = Text.problem(value, max);
    refused.ifPresent(message -> problems.add(problem(row, f, message)));
    return refused.isPresent() ? null : value;
  }

  private LocalDate date(
      RowSource.SourceRow row, Map<IntakeField, String> v, IntakeField f, List<Problem> problems) {
    try {
      return IntakeDates.parse(v.get(f)).orElse(null);
    } catch (IllegalArgumentException e) {
      problems.add(problem(row, f, e.getMessage()));
      return null;
    }
  }

  private String role(RowSource.SourceRow row, String raw, List<Problem> problems) {
    if (raw == null) {
      return null;
    }
    String k = Text.searchKey(raw);
    return switch (k) {
      case "dem", "demandeur", "claimant", "allocataire" -> "DEM";
      case "cjt", "conjoint", "partner", "conjointe" -> "CJT";
      case "enf", "enfant", "aut", "autre" -> {
        problems.add(
            problem(
                row,
                IntakeField.HOUSEHOLD_ROLE,
                "Rôle « "
                    + Text.printable(raw, 40)
                    + " » : seuls le demandeur (DEM) et son conjoint (CJT) sont soumis aux droits et devoirs."));
        yield null;
      }
      default -> {
        problems.add(
            problem(
                row,
                IntakeField.HOUSEHOLD_ROLE,
                "Rôle « "
                    + Text.printable(raw, 40)
                    + " » inconnu : DEM (demandeur) ou CJT (conjoint)."));
        yield null;
      }
    };
  }

  private static String civility(String raw, String nir) {
    if (raw != null) {
      return switch (Text.searchKey(raw)) {
        case "m", "mr", "monsieur", "h", "homme", "1", "masculin" -> "MONSIEUR";
        case "mme", "madame", "f", "femme", "2", "mlle", "mademoiselle", "feminin" -> "MADAME";
        default -> null;
      };
    }
    if (nir != null) {
      String digits = nir.replaceAll("\\s", "");
      if (digits.startsWith("1")) {
        return "MONSIEUR";
      }
      if (digits.startsWith("2")) {
        return "MADAME";
      }
    }
    return null;
  }

  private Problem problem(RowSource.SourceRow row, IntakeField f, String message) {
    return new Problem(row.number(), column(f), message);
  }

  private String column(IntakeField f) {
    return mapping.column(f).orElse(f.label());
  }
}
