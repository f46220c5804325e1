package fr.aiguillage.orientation;

import fr.aiguillage.orientation.PartnerReferrals.ReasonChoice;
import fr.aiguillage.orientation.PartnerReferrals.ReasonSetting;
import fr.aiguillage.orientation.PartnerReferrals.RefusalReason;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an organisation's list of refusal reasons must hold (codes, labels, no duplicate, "AUTRE"
 * kept), every refusal at once; and how a partner's choice is read against the list in use.
 */
final class RefusalReasonRules {
  private RefusalReasonRules() {}

  static void check(List<ReasonSetting> list) {
    if (list == null || list.isEmpty()) {
      throw new InvalidInputException("reasons", "Donnez au moins un motif.");
    }
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      ReasonSetting x = list.get(i);
      String code = x == null || x.code() == null ? "" : x.code().strip();
      String label = x == null || x.label() == null ? "" : x.label().strip();
      if (!code.matches("[A-Z0-9_]{2,40}")) {
        errors.add(
            new FieldError(
                "reasons[" + i + "].code", "Code de 2 à 40 caractères : majuscules, chiffres, _."));
      } else if (!seen.add(code)) {
        errors.add(
            new FieldError("reasons[" + i + "].code", "Le code " + code + " est en double."));
      }
      if (label.length() < 3 || label.length() > 200) {
        errors.add(
            new FieldError("reasons[" + i + "].label", "Le libellé fait de 3 à 200 caractères."));
      }
      if (code.equals(RefusalReason.AUTRE.name()) && Boolean.FALSE.equals(x.active())) {
        errors.add(
            new FieldError(
                "reasons[" + i + "].active",
                "« Autre motif » reste proposé : il laisse le partenaire s'expliquer."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The offered reason whose code the partner sent; refused with the list otherwise. */
  static ReasonChoice chosen(String code, List<ReasonChoice> offered) {
    String wanted = code == null ? "" : code.strip();
    return offered.stream()
        .filter(x -> x.code().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "reason",
                    "Choisissez le motif du refus dans la liste : "
                        + String.join(", ", offered.stream().map(ReasonChoice::code).toList())
                        + "."));
  }
}
