package fr.aiguillage.beneficiary;

import fr.aiguillage.shared.Communes;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Text;
import fr.aiguillage.tenancy.TenantCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** A validated draft: every field checked, every error reported at once, in French. */
public record BeneficiaryDetails(
    Civility civility,
    String lastName,
    String birthName,
    String firstNames,
    LocalDate birthDate,
    CafNumber cafNumber,
    HouseholdRole householdRole,
    Optional<Nir> nir,
    String email,
    String phone,
    Address address,
    UUID territoryId,
    LocalDate rsaClaimDate,
    LocalDate rightsAndDutiesStart) {

  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}' .-]*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("(?:\\+33|0)[1-9][0-9]{8}");
  private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

  /**
   * Checks a draft for the caller's département: every field, every error at once. The texts first
   * (length of their column, no control character), then what each field means; a person whose
   * commune (else postal code) is in another département belongs to that département.
   */
  public static BeneficiaryDetails validate(
      BeneficiaryDraft d, TenantCode departement, LocalDate today) {
    Objects.requireNonNull(departement, "departement");
    List<FieldError> errors = new ArrayList<>();
    Set<String> refused = texts(d, errors);
    // unknown civility is allowed (some lists have none): letters then say « Madame, Monsieur »
    Civility civility =
        refused.contains("civility") || Text.blankToNull(d.civility()) == null
            ? null
            : parse(errors, "civility", () -> civility(d.civility()));
    String lastName = name(errors, refused, "lastName", d.lastName(), true);
    String birthName = name(errors, refused, "birthName", d.birthName(), false);
    String firstNames = name(errors, refused, "firstNames", d.firstNames(), true);
    CafNumber caf =
        refused.contains("cafNumber")
            ? null
            : parse(errors, "cafNumber", () -> CafNumber.parse(d.cafNumber()));
    HouseholdRole role =
        refused.contains("householdRole")
            ? null
            : parse(errors, "householdRole", () -> householdRole(d.householdRole()));
    Optional<Nir> nir =
        Text.blankToNull(d.nir()) == null || refused.contains("nir")
            ? Optional.empty()
            : Optional.ofNullable(parse(errors, "nir", () -> Nir.parse("nir", d.nir())));

    // the birth date may be unknown (the CAF's contact file has none): the NIR, else the CAF number
    // with the household role, identifies the person
    LocalDate birth = d.birthDate();
    if (birth != null
        && (birth.isAfter(today.minusYears(16)) || birth.isBefore(today.minusYears(120)))) {
      errors.add(
          new FieldError(
              "birthDate", "La date de naissance doit donner un âge entre 16 et 120 ans."));
    }
    // the claim date may be unknown too: the delays then count from the rights-and-duties start,
    // else from the day the person was first listed, and say so (never a made-up claim date)
    LocalDate claim = d.rsaClaimDate();
    if (claim != null && claim.isAfter(today)) {
      errors.add(
          new FieldError(
              "rsaClaimDate", "La date de demande du RSA ne peut pas être dans le futur."));
    } else if (claim != null && birth != null && claim.isBefore(birth.plusYears(16))) {
      errors.add(
          new FieldError(
              "rsaClaimDate",
              "La date de demande du RSA est antérieure aux 16 ans de la personne."));
    }
    LocalDate rdd = d.rightsAndDutiesStart();
    if (rdd != null && rdd.isAfter(today)) {
      errors.add(
          new FieldError(
              "rightsAndDutiesStart",
              "La date d'entrée dans les droits et devoirs ne peut pas être dans le futur."));
    } else if (rdd != null && claim != null && rdd.isBefore(claim)) {
      errors.add(
          new FieldError(
              "rightsAndDutiesStart",
              "La date d'entrée dans les droits et devoirs ne peut pas précéder la date de demande du RSA."));
    }

    String email = Text.blankToNull(d.email());
    if (email != null && !refused.contains("email") && !EMAIL.matcher(email).matches()) {
      errors.add(
          new FieldError(
              "email", "L'adresse électronique n'est pas valide (ex. prenom.nom@exemple.fr)."));
    }
    String phone = Text.blankToNull(d.phone()) == null ? null : d.phone().replaceAll("[\\s.-]", "");
    if (phone != null && !refused.contains("phone") && !PHONE.matcher(phone).matches()) {
      errors.add(
          new FieldError(
              "phone", "Le numéro de téléphone doit comporter 10 chiffres (ex. 06 12 34 56 78)."));
    }
    String postalCode = Text.blankToNull(d.postalCode());
    boolean postalValid = postalCode != null && POSTAL_CODE.matcher(postalCode).matches();
    if (postalCode != null && !refused.contains("postalCode") && !postalValid) {
      errors.add(new FieldError("postalCode", "Le code postal doit comporter 5 chiffres."));
    }
    String insee = Text.blankToNull(d.communeInsee());
    if (insee != null && !refused.contains("communeInsee")) {
      Optional<String> problem = Communes.problem(insee, postalValid ? postalCode : null);
      problem.ifPresent(p -> errors.add(new FieldError("communeInsee", p)));
      if (problem.isEmpty()) {
        outsideDepartement(departement, insee, null).ifPresent(errors::add);
      }
    } else if (insee == null && postalValid) {
      outsideDepartement(departement, null, postalCode).ifPresent(errors::add);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Address address =
        new Address(
            Text.blankToNull(d.addressLine()),
            Text.blankToNull(d.addressComplement()),
            postalCode,
            Text.blankToNull(d.communeName()),
            insee == null ? null : insee.toUpperCase());
    return new BeneficiaryDetails(
        civility,
        lastName,
        birthName,
        firstNames,
        birth,
        caf,
        role,
        nir,
        email,
        phone,
        address,
        d.territoryId(),
        claim,
        rdd);
  }

  private record Typed(String field, String value, int max) {}

  /**
   * Every text within its column's length and free of control characters; the fields refused here
   * are not checked further (one error per field, no pattern run on 100 kB).
   */
  private static Set<String> texts(BeneficiaryDraft d, List<FieldError> errors) {
    List<Typed> texts =
        List.of(
            new Typed("civility", d.civility(), BeneficiaryLimits.CIVILITY),
            new Typed("lastName", d.lastName(), BeneficiaryLimits.LAST_NAME),
            new Typed("birthName", d.birthName(), BeneficiaryLimits.BIRTH_NAME),
            new Typed("firstNames", d.firstNames(), BeneficiaryLimits.FIRST_NAMES),
            new Typed("cafNumber", d.cafNumber(), BeneficiaryLimits.CAF_NUMBER),
            new Typed("householdRole", d.householdRole(), BeneficiaryLimits.HOUSEHOLD_ROLE),
            new Typed("nir", d.nir(), BeneficiaryLimits.NIR),
            new Typed("email", d.email(), BeneficiaryLimits.EMAIL),
            new Typed("phone", d.phone(), BeneficiaryLimits.PHONE),
            new Typed("addressLine", d.addressLine(), BeneficiaryLimits.ADDRESS_LINE),
            new Typed(
                "addressComplement", d.addressComplement(), BeneficiaryLimits.ADDRESS_COMPLEMENT),
            new Typed("postalCode", d.postalCode(), BeneficiaryLimits.POSTAL_CODE),
            new Typed("communeName", d.communeName(), BeneficiaryLimits.COMMUNE_NAME),
            new Typed("communeInsee", d.communeInsee(), BeneficiaryLimits.COMMUNE_INSEE));
    Set<String> refused = new HashSet<>();
    for (Typed t : texts) {
      Text.problem(t.value(), t.max())
          .ifPresent(
              problem -> {
                errors.add(new FieldError(t.field(), problem));
                refused.add(t.field());
              });
    }
    return refused;
  }

  /**
   * The same rule, and the same words, for the staff's form, the API and the import: a person whose
   * commune (else postal code) is in another département is that département's.
   */
  private static Optional<FieldError> outsideDepartement(
      TenantCode departement, String insee, String postalCode) {
    String tenant = departement.value();
    String dep;
    String where;
    String field;
    if (insee != null) {
      Optional<Communes.Commune> commune = Communes.find(insee);
      if (commune.isEmpty()) {
        return Optional.empty();
      }
      dep = commune.get().departement();
      where = "La commune " + commune.get().name() + " (" + insee.toUpperCase() + ")";
      field = "communeInsee";
    } else {
      dep = postalCode.startsWith("97") ? postalCode.substring(0, 3) : postalCode.substring(0, 2);
      if (dep.equals("20") && (tenant.equals("2A") || tenant.equals("2B"))) {
        dep = tenant;
      }
      where = "Le code postal " + postalCode;
      field = "postalCode";
    }
    if (dep.equals(tenant)) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldError(
            field,
            where
                + " est dans le département "
                + dep
                + " : cette personne relève de ce département, pas du vôtre ("
                + tenant
                + ")."));
  }

  private static String name(
      List<FieldError> errors, Set<String> refused, String field, String raw, boolean required) {
    if (refused.contains(field)) {
      return null;
    }
    String v = Text.blankToNull(raw);
    if (v == null) {
      if (required) {
        errors.add(new FieldError(field, "Ce champ est obligatoire."));
      }
      return null;
    }
    if (!NAME.matcher(v).matches()) {
      errors.add(
          new FieldError(
              field, "Seuls les lettres, espaces, apostrophes et traits d'union sont acceptés."));
    }
    return v;
  }

  private static <T> T parse(List<FieldError> errors, String field, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (InvalidInputException e) {
      e.errors().forEach(err -> errors.add(new FieldError(field, err.message())));
      return null;
    }
  }

  private static Civility civility(String raw) {
    try {
      return Civility.valueOf(raw == null ? "" : raw.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("civility", "La civilité doit être MADAME ou MONSIEUR.");
    }
  }

  private static HouseholdRole householdRole(String raw) {
    String v = raw == null ? "" : raw.strip().toUpperCase();
    for (HouseholdRole r : HouseholdRole.values()) {
      if (r.name().equals(v) || r.cafCode().equals(v)) {
        return r;
      }
    }
    throw new InvalidInputException(
        "householdRole",
        "Le rôle dans le foyer doit être CLAIMANT (demandeur, DEM) ou PARTNER (conjoint, CJT).");
  }
}
