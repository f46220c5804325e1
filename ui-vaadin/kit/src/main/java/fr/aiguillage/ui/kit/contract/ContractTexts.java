package fr.aiguillage.ui.kit.contract;

import fr.aiguillage.contract.ActionPlan;
import fr.aiguillage.contract.ContractState;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.Signature;
import fr.aiguillage.ui.kit.Formats;

/** The contract screen's sentences, in French, kept apart so that they are tested. */
public final class ContractTexts {
  private ContractTexts() {}

  /** "1 heure", "15 heures". */
  static String hours(int n) {
    return n + (n > 1 ? " heures" : " heure");
  }

  /**
   * The planned hours against those required: "12 heures prévues par semaine pour 15 heures
   * demandées : il en manque 3." or "… : le compte y est.".
   */
  public static String weeklyTotal(int planned, int required) {
    String head =
        hours(planned)
            + (planned > 1 ? " prévues" : " prévue")
            + " par semaine pour "
            + hours(required)
            + (required > 1 ? " demandées" : " demandée");
    if (planned >= required) {
      return head + " : le compte y est.";
    }
    int missing = required - planned;
    return head
        + " : il en manque "
        + missing
        + " (ajoutez des heures ou indiquez une dispense et son motif).";
  }

  /** Whether fewer hours than the default are asked, which needs an exemption and its reason. */
  public static boolean exemptionNeeded(int required) {
    return required < ActionPlan.DEFAULT_WEEKLY_HOURS;
  }

  /** The Lumo badge theme of a state: the words carry the meaning, the colour only helps. */
  public static String stateTheme(ContractState state) {
    return switch (state) {
      case DRAFT -> "contrast";
      case TO_SIGN, REVIEW_DUE -> null;
      case SIGNED, RENEWED -> "success";
      case ENDED -> "contrast";
      case CANCELLED -> "error";
    };
  }

  /** "Contrat d'engagement (version 2)". */
  public static String title(ContractView c) {
    return c.kindLabel()
        + (c.contractVersion() > 1 ? " (version " + c.contractVersion() + ")" : "");
  }

  /** "Rédigé par Thomas Girard (département)", "… (PLIE des Ardennes)". */
  public static String author(ContractView.Author a) {
    String body =
        a.partnerOrganisation() != null && !"DEPARTEMENT".equals(a.body())
            ? (a.partnerOrganisationName() != null
                ? a.partnerOrganisationName()
                : a.partnerOrganisation())
            : "département";
    return "Rédigé par " + a.referentName() + " (" + body + ")";
  }

  /** "Du 01/03/2026 au 31/08/2026 (6 mois), bilan le 01/06/2026". */
  public static String term(ContractView c) {
    return "Du "
        + Formats.day(c.term().start())
        + " au "
        + Formats.day(c.endDate())
        + " ("
        + c.term().durationMonths()
        + " mois), bilan le "
        + Formats.day(c.term().reviewOn());
  }

  /**
   * "À signer avant le 15/03/2026 (décision notifiée le 15/02/2026)", "En retard de 3 jours : à
   * signer avant le …", or null when the decision is not notified yet.
   */
  public static String deadline(ContractView.Deadline d) {
    if (d == null) {
      return null;
    }
    String due =
        "Échéance le "
            + Formats.day(d.dueOn())
            + " (décision notifiée le "
            + Formats.day(d.notifiedOn())
            + ")";
    if (d.daysLate() > 0 && "OVERDUE".equals(d.status())) {
      return "En retard de " + days(d.daysLate()) + " — " + due;
    }
    return d.statusLabel() + " — " + due;
  }

  static String days(long n) {
    return n + (n > 1 ? " jours" : " jour");
  }

  /** "Signé par Thomas Girard (référent), sur place, le 06/12/2026 à 10h05". */
  public static String signature(ContractView.SignatureView s) {
    return "Signé par "
        + s.typedName()
        + " ("
        + s.signerLabel().toLowerCase(java.util.Locale.FRANCE)
        + "), "
        + (s.method() == Signature.Method.REMOTE ? "à distance" : "sur place")
        + ", le "
        + Formats.at(s.signedAt());
  }

  /** "Empreinte SHA-256 : 3f2a…" split in groups of 8 so that a reader can compare it aloud. */
  public static String fingerprint(String sha256) {
    if (sha256 == null) {
      return "";
    }
    StringBuilder b = new StringBuilder("Empreinte SHA-256 du document : ");
    for (int i = 0; i < sha256.length(); i += 8) {
      b.append(i == 0 ? "" : " ").append(sha256, i, Math.min(sha256.length(), i + 8));
    }
    return b.toString();
  }
}
