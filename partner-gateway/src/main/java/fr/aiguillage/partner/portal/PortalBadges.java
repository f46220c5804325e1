package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.Span;
import fr.aiguillage.ui.kit.Badges;
import fr.aiguillage.ui.kit.Labels;

/** The portal's badges, built as every face's are; the words carry the meaning. */
final class PortalBadges {
  static final String REVIEWING = "À l'étude";
  static final String FREE = "Libre";
  static final String TODAY = "Aujourd'hui";
  static final String ENABLED = "Actif";
  static final String DISABLED = "Désactivé";

  private PortalBadges() {}

  static Span reviewing() {
    return Badges.of(REVIEWING, "contrast", "reviewing-badge");
  }

  /** The status in words, as a badge: green when accepted, red when refused or expired. */
  static Span status(String code) {
    String theme =
        switch (code == null ? "" : code) {
          case "ACCEPTED" -> "success";
          case "REFUSED", "EXPIRED" -> "error";
          case "PENDING" -> null;
          default -> "contrast";
        };
    return Badges.status(Labels.referralStatus(code), theme, "referral-status", code);
  }

  /** A slot no one has booked. */
  static Span free() {
    return Badges.of(FREE, "success", "slot-free");
  }

  /** The current day in the calendar. */
  static Span today() {
    return Badges.of(TODAY, "contrast", "today-badge");
  }

  /**
   * An appointment's status in words, as a badge: blue while planned, green when the person came,
   * red when they missed it, grey otherwise.
   */
  static Span appointment(String code, String label) {
    String theme =
        switch (code == null ? "" : code) {
          case "BOOKED" -> null;
          case "SEEN" -> "success";
          case "NO_SHOW" -> "error";
          default -> "contrast";
        };
    return Badges.status(label == null ? "" : label, theme, "appointment-status", code);
  }

  /** An account of the organisation: green while its owner can sign in, grey once disabled. */
  static Span account(boolean enabled) {
    Span badge =
        enabled
            ? Badges.of(ENABLED, "success", "account-state")
            : Badges.of(DISABLED, "contrast", "account-state");
    badge.getElement().setAttribute("data-enabled", String.valueOf(enabled));
    return badge;
  }
}
