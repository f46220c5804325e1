package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.Span;

/** Lumo badges whose words carry the meaning; the colour only helps. */
final class PortalBadges {
  static final String OVERDUE = "En retard";
  static final String REVIEWING = "À l'étude";
  static final String FREE = "Libre";
  static final String TODAY = "Aujourd'hui";
  static final String ENABLED = "Actif";
  static final String DISABLED = "Désactivé";

  private PortalBadges() {}

  static Span of(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge");
    if (theme != null) {
      badge.getElement().getThemeList().add(theme);
    }
    return badge;
  }

  static Span overdue() {
    Span badge = of(OVERDUE, "error");
    badge.addClassName("overdue-badge");
    return badge;
  }

  static Span reviewing() {
    Span badge = of(REVIEWING, "contrast");
    badge.addClassName("reviewing-badge");
    return badge;
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
    Span badge = of(PortalTexts.status(code), theme);
    badge.addClassName("referral-status");
    badge.getElement().setAttribute("data-status", code == null ? "" : code);
    return badge;
  }

  /** A slot no one has booked. */
  static Span free() {
    Span badge = of(FREE, "success");
    badge.addClassName("slot-free");
    return badge;
  }

  /** The current day in the calendar. */
  static Span today() {
    Span badge = of(TODAY, "contrast");
    badge.addClassName("today-badge");
    return badge;
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
    Span badge = of(label == null ? "" : label, theme);
    badge.addClassName("appointment-status");
    badge.getElement().setAttribute("data-status", code == null ? "" : code);
    return badge;
  }

  /** An account of the organisation: green while its owner can sign in, grey once disabled. */
  static Span account(boolean enabled) {
    Span badge = enabled ? of(ENABLED, "success") : of(DISABLED, "contrast");
    badge.addClassName("account-state");
    badge.getElement().setAttribute("data-enabled", String.valueOf(enabled));
    return badge;
  }
}
