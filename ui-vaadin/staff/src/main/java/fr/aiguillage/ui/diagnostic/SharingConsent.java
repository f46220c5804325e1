package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The person's agreement to share the synthesis, next steps and actions with their structure, and
 * when it was recorded; it can change before and after completion.
 */
class SharingConsent extends Div {
  static final String NONE = "Pas d'accord : la structure ne voit pas ce diagnostic.";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE);

  /** What ticking or unticking hands to the view: the diagnostic as it now is, null if refused. */
  interface Agreement {
    DiagnosticDetails share(boolean agreed);
  }

  private final Checkbox agreed =
      new Checkbox(
          "La personne accepte que la synthèse, les prochaines étapes et les actions soient"
              + " transmises à la structure qui l'accompagnera");
  private final Span status = new Span();

  SharingConsent(Agreement onChange) {
    agreed.setId("share-diagnostic");
    status.setId("share-diagnostic-status");
    status.getElement().setAttribute("aria-live", "polite");
    agreed.setHelperComponent(
        new Div(new Div("La structure ne le voit qu'une fois le diagnostic terminé."), status));
    agreed.addValueChangeListener(
        e -> {
          if (!e.isFromClient()) {
            return;
          }
          DiagnosticDetails d = onChange.share(e.getValue());
          if (d == null) {
            agreed.setValue(e.getOldValue());
          } else {
            show(d);
          }
        });
    add(agreed);
  }

  void show(DiagnosticDetails d) {
    agreed.setValue(d.sharedAt() != null);
    status.setText(text(d.sharedAt(), d.sharedBy()));
  }

  /** "Accord enregistré le 23/11/2026 à 10h05 par agent-08." (Paris time), or no agreement. */
  static String text(Instant sharedAt, String sharedBy) {
    if (sharedAt == null) {
      return NONE;
    }
    return "Accord enregistré le "
        + AT.format(sharedAt.atZone(PARIS))
        + (sharedBy == null || sharedBy.isBlank() ? "" : " par " + sharedBy)
        + ".";
  }
}
