package fr.aiguillage.admin.api;

import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's file as sent by a client. Dates are read here rather than by JSON-B so that a wrong
 * date is reported on its own field ("AAAA-MM-JJ").
 */
@Schema(name = "BeneficiaryInput", description = "Dossier d'une personne (création ou correction)")
public record BeneficiaryInput(
    @Schema(description = "Version lue, obligatoire pour une correction") Long version,
    @Schema(
            enumeration = {"MADAME", "MONSIEUR"},
            required = true)
        String civility,
    @Schema(required = true) String lastName,
    String birthName,
    @Schema(required = true) String firstNames,
    @Schema(format = "date", required = true, example = "1985-04-12") String birthDate,
    @Schema(description = "Numéro allocataire CAF (7 chiffres) ou MSA", required = true)
        String cafNumber,
    @Schema(
            enumeration = {"CLAIMANT", "PARTNER"},
            required = true)
        String householdRole,
    @Schema(description = "NIR (15 caractères, clé vérifiée), facultatif") String nir,
    String email,
    String phone,
    String addressLine,
    String addressComplement,
    String postalCode,
    String communeName,
    String communeInsee,
    @Schema(format = "uuid") String territoryId,
    @Schema(format = "date", required = true) String rsaClaimDate,
    @Schema(format = "date") String rightsAndDutiesStart) {

  public BeneficiaryDraft toDraft() {
    List<FieldError> errors = new ArrayList<>();
    LocalDate birth = date(errors, "birthDate", birthDate);
    LocalDate claim = date(errors, "rsaClaimDate", rsaClaimDate);
    LocalDate rdd = date(errors, "rightsAndDutiesStart", rightsAndDutiesStart);
    UUID territory = null;
    if (territoryId != null && !territoryId.isBlank()) {
      try {
        territory = UUID.fromString(territoryId.strip());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("territoryId", "L'identifiant de territoire n'est pas un UUID."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new BeneficiaryDraft(
        civility,
        lastName,
        birthName,
        firstNames,
        birth,
        cafNumber,
        householdRole,
        nir,
        email,
        phone,
        addressLine,
        addressComplement,
        postalCode,
        communeName,
        communeInsee,
        territory,
        claim,
        rdd);
  }

  private static LocalDate date(List<FieldError> errors, String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              field,
              "« "
                  + raw
                  + " » n'est pas une date valide : écrivez-la AAAA-MM-JJ (ex. 2025-03-31)."));
      return null;
    }
  }
}
