package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.html.Span;

/** Lumo badges whose words carry the meaning; the colour only helps. */
final class PortalBadges {
  static final String OVERDUE = "En retard";
  static final String REVIEWING = "À l'étude";

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
}
