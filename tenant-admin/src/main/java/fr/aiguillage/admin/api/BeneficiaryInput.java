package fr.aiguillage.admin.api;

import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.beneficiary.BeneficiaryLimits;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
    @Schema(description = "Version lue, obligatoire pour une correction")
        @Min(0)
        @Max(Limits.VERSION_MAX)
        Long version,
    @Schema(
            enumeration = {"MADAME", "MONSIEUR"},
            required = true)
        @Size(max = BeneficiaryLimits.CIVILITY)
        String civility,
    @Schema(required = true) @Size(max = BeneficiaryLimits.LAST_NAME) String lastName,
    @Size(max = BeneficiaryLimits.BIRTH_NAME) String birthName,
    @Schema(required = true) @Size(max = BeneficiaryLimits.FIRST_NAMES) String firstNames,
    @Schema(format = "date", required = true, example = "1985-04-12") @Size(max = Limits.DATE)
        String birthDate,
    @Schema(description = "Numéro allocataire CAF (7 chiffres) ou MSA", required = true)
        @Size(max = BeneficiaryLimits.CAF_NUMBER)
        String cafNumber,
    @Schema(
            enumeration = {"CLAIMANT", "PARTNER"},
            required = true)
        @Size(max = BeneficiaryLimits.HOUSEHOLD_ROLE)
        String householdRole,
    @Schema(description = "NIR (15 caractères, clé vérifiée), facultatif")
        @Size(max = BeneficiaryLimits.NIR)
        String nir,
    @Size(max = BeneficiaryLimits.EMAIL) String email,
    @Size(max = BeneficiaryLimits.PHONE) String phone,
    @Size(max = BeneficiaryLimits.ADDRESS_LINE) String addressLine,
    @Size(max = BeneficiaryLimits.ADDRESS_COMPLEMENT) String addressComplement,
    @Size(max = BeneficiaryLimits.POSTAL_CODE) String postalCode,
    @Size(max = BeneficiaryLimits.COMMUNE_NAME) String communeName,
    @Size(max = BeneficiaryLimits.COMMUNE_INSEE) String communeInsee,
    @Schema(format = "uuid") @Size(max = Limits.ID) String territoryId,
    @Schema(format = "date", required = true) @Size(max = Limits.DATE) String rsaClaimDate,
    @Schema(format = "date") @Size(max = Limits.DATE) String rightsAndDutiesStart) {

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
