package fr.aiguillage.contract;

import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who writes a contract: the referent (id and name as the document shows it, which they type to
 * sign) of the body the person is oriented to — the département's own services or a partner
 * organisation, named by its id.
 *
 * @param partnerOrg the partner organisation's id (the {@code partner_org} claim), null when the
 *     département writes it
 */
public record ContractAuthor(UUID referentId, String referentName, Body body, String partnerOrg) {

  /** The kind of body the referent belongs to. */
  public enum Body {
    DEPARTEMENT,
    PARTNER
  }

  /**
   * @throws InvalidInputException with every problem
   */
  public ContractAuthor {
    referentName = Text.blankToNull(referentName);
    List<FieldError> errors = new ArrayList<>();
    if (referentId == null) {
      errors.add(
          new FieldError("author.referentId", "Indiquez le référent qui rédige le contrat."));
    }
    if (referentName == null) {
      errors.add(new FieldError("author.referentName", "Indiquez le nom du référent."));
    } else {
      Text.problem(referentName, Limits.NAME)
          .ifPresent(p -> errors.add(new FieldError("author.referentName", p)));
    }
    if (body == null) {
      errors.add(
          new FieldError(
              "author.body", "Indiquez si le référent est du département ou d'un partenaire."));
    } else if (body == Body.PARTNER && partnerOrg == null) {
      errors.add(
          new FieldError("author.partnerOrg", "Indiquez l'organisation partenaire du référent."));
    } else if (body == Body.DEPARTEMENT && partnerOrg != null) {
      errors.add(
          new FieldError(
              "author.partnerOrg",
              "Un référent du département ne relève d'aucune organisation partenaire."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  public static ContractAuthor departement(UUID referentId, String referentName) {
    return new ContractAuthor(referentId, referentName, Body.DEPARTEMENT, null);
  }

  public static ContractAuthor partner(UUID referentId, String referentName, String organisation) {
    return new ContractAuthor(referentId, referentName, Body.PARTNER, organisation);
  }
}
