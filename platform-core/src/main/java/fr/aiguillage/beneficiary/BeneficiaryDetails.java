package fr.aiguillage.beneficiary;

import fr.aiguillage.shared.Communes;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  public static BeneficiaryDetails validate(BeneficiaryDraft d, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    Civility civility = parse(errors, "civility", () -> civility(d.civility()));
    String lastName = name(errors, "lastName", d.lastName(), true);
    String birthName = name(errors, "birthName", d.birthName(), false);
    String firstNames = name(errors, "firstNames", d.firstNames(), true);
    CafNumber caf = parse(errors, "cafNumber", () -> CafNumber.parse(d.cafNumber()));
    HouseholdRole role = parse(errors, "householdRole", () -> householdRole(d.householdRole()));
    Optional<Nir> nir =
        Text.blankToNull(d.nir()) == null
            ? Optional.empty()
            : Optional.ofNullable(parse(errors, "nir", () -> Nir.parse("nir", d.nir())));

    LocalDate birth = d.birthDate();
    if (birth == null) {
      errors.add(new FieldError("birthDate", "La date de naissance est obligatoire."));
    } else if (birth.isAfter(today.minusYears(16)) || birth.isBefore(today.minusYears(120))) {
      errors.add(
          new FieldError(
              "birthDate", "La date de naissance doit donner un âge entre 16 et 120 ans."));
    }
    LocalDate claim = d.rsaClaimDate();
    if (claim == null) {
      errors.add(new FieldError("rsaClaimDate", "La date de demande du RSA est obligatoire."));
    } else if (claim.isAfter(today)) {
      errors.add(
          new FieldError(
              "rsaClaimDate", "La date de demande du RSA ne peut pas être dans le futur."));
    } else if (birth != null && claim.isBefore(birth.plusYears(16))) {
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
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      errors.add(
          new FieldError(
              "email", "L'adresse électronique n'est pas valide (ex. prenom.nom@exemple.fr)."));
    }
    String phone = Text.blankToNull(d.phone()) == null ? null : d.phone().replaceAll("[\\s.-]", "");
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.add(
          new FieldError(
              "phone", "Le numéro de téléphone doit comporter 10 chiffres (ex. 06 12 34 56 78)."));
    }
    String postalCode = Text.blankToNull(d.postalCode());
    if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
      errors.add(new FieldError("postalCode", "Le code postal doit comporter 5 chiffres."));
    }
    String insee = Text.blankToNull(d.communeInsee());
    if (insee != null) {
      Communes.problem(
              insee, POSTAL_CODE.matcher(String.valueOf(postalCode)).matches() ? postalCode : null)
          .ifPresent(problem -> errors.add(new FieldError("communeInsee", problem)));
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

  private static String name(List<FieldError> errors, String field, String raw, boolean required) {
    String v = Text.blankToNull(raw);
    if (v == null) {
      if (required) {
        errors.add(new FieldError(field, "Ce champ est obligatoire."));
      }
      return null;
    }
    if (v.length() > 100 || !NAME.matcher(v).matches()) {
      errors.add(
          new FieldError(
              field,
              "Seuls les lettres, espaces, apostrophes et traits d'union sont acceptés (100 au plus)."));
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
