package fr.aiguillage.ui.orientation;

import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.orientation.Delays;
import fr.aiguillage.ui.kit.Badges;

/**
 * The orientation delays from their two starts (the RSA claim, DREES's definition; the start of
 * rights and duties), up to today or to the decision, beside the département's target.
 */
class DelaysBlock extends Div {
  private final Description fromClaim = new Description();
  private final Description fromRights = new Description();
  private final Description target = new Description();

  DelaysBlock() {
    setId("orientation-delays");
    addClassName("orientation-block");
    H3 title = new H3("Délais d'orientation");
    fromClaim.setId("delay-from-claim");
    fromRights.setId("delay-from-rights");
    target.setId("delay-target");
    add(
        title,
        Facts.of(
            new Term("Depuis la demande de RSA"),
            fromClaim,
            new Term("Depuis l'entrée dans les droits et devoirs"),
            fromRights,
            new Term("Délai cible du département"),
            target));
  }

  void show(Delays d) {
    fromClaim.setText(
        figure(
            d.fromClaim(),
            d.decided(),
            "date de demande inconnue (absente du fichier) : le délai part "
                + (d.start() == Delays.Start.LISTED
                    ? "de l'arrivée sur la liste"
                    : "de l'entrée dans les droits et devoirs")));
    fromRights.setText(figure(d.fromRightsAndDuties(), d.decided(), "date d'entrée inconnue"));
    target.removeAll();
    target.add(
        new Span(
            OrientationTexts.days(d.targetDays()) + " " + d.start().label() + " — " + verdict(d)));
    if (d.overdue()) {
      target.add(new Span(" "), Badges.overdue());
    }
  }

  /** "45 jours" while waiting, "décidée en 45 jours" once decided. */
  static String figure(Long days, boolean decided, String unknown) {
    if (days == null) {
      return unknown;
    }
    return decided ? "décidée en " + OrientationTexts.days(days) : OrientationTexts.days(days);
  }

  static String verdict(Delays d) {
    Long reference = d.fromStart();
    if (reference == null) {
      return "délai non calculable sans date de début";
    }
    long gap = Math.abs(reference - d.targetDays());
    if (d.decided()) {
      return d.overdue()
          ? "dépassé de " + OrientationTexts.days(gap) + " à la décision"
          : "respecté";
    }
    return d.overdue()
        ? "dépassé de " + OrientationTexts.days(gap)
        : "encore " + OrientationTexts.days(gap) + " pour décider";
  }
}
