package fr.aiguillage.partner.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.shared.DomainException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.webhook.PartnerWebhooks;
import fr.aiguillage.webhook.PartnerWebhooks.Endpoint;
import java.util.Map;

/**
 * "Réception des événements": the address where the organisation's server receives the events of
 * its referrals and appointments, whether they are sent, and the signing secret — shown once, when
 * it is made (first setting, or on demand) — then what became of the deliveries.
 */
class WebhookSection extends Section {
  static final String ID = "webhook-section";
  static final String NONE =
      "Aucune adresse de réception n'est réglée : aucun événement n'est envoyé.";

  private final PartnerWebhooks webhooks;
  private final Paragraph state = new Paragraph();
  private final TextField url = new TextField("Adresse de réception (https)");
  private final Checkbox active = new Checkbox("Envoi activé");
  private final Checkbox rotate = new Checkbox("Changer le secret de signature");
  private final Paragraph alert = FieldErrors.alert("webhook-alert", "portal-alert");
  private final Div secretBlock = new Div();
  private final TextField secret = new TextField("Secret de signature");
  private final WebhookDeliveries deliveries;

  WebhookSection(PartnerWebhooks webhooks) {
    this.webhooks = webhooks;
    this.deliveries = new WebhookDeliveries(webhooks);
    setId(ID);
    addClassName("portal-section");
    H2 heading = new H2("Réception des événements");
    heading.setId(ID + "-title");
    getElement().setAttribute("aria-labelledby", ID + "-title");
    Paragraph explanation =
        new Paragraph(
            "Votre serveur peut recevoir les événements de vos orientations et de vos"
                + " rendez-vous : chacun lui est envoyé par une requête POST au format CloudEvents"
                + " (JSON), signée avec le secret de signature selon la spécification Standard"
                + " Webhooks (en-têtes webhook-id, webhook-timestamp et webhook-signature). Un"
                + " envoi refusé ou resté sans réponse est retenté après 1, 5 et 30 minutes, puis"
                + " 2, 6 et 12 heures ; il est ensuite abandonné, et vous pouvez le renvoyer.");
    explanation.setId("webhook-explanation");
    explanation.addClassName("secondary");
    state.setId("webhook-state");
    state.getElement().setAttribute("aria-live", "polite");
    url.setId("webhook-url");
    url.setPlaceholder("https://");
    url.setHelperText("http n'est admis que vers cette machine, pour les essais.");
    url.setMaxLength(2000);
    url.setRequiredIndicatorVisible(true);
    url.setManualValidation(true);
    url.addValueChangeListener(e -> url.setInvalid(false));
    url.addClassName("webhook-url");
    active.setId("webhook-active");
    rotate.setId("webhook-rotate");
    Button save = new Button("Enregistrer", click -> save());
    save.setId("webhook-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout buttons = new HorizontalLayout(save);
    buttons.addClassName("portal-actions");
    secretBlock.setId("webhook-secret-block");
    secretBlock.setVisible(false);
    Paragraph secretHelp =
        new Paragraph(
            "Installez ce secret sur votre serveur de réception pour vérifier les signatures. Il"
                + " ne sera plus affiché : en cas de perte, changez-le.");
    secretHelp.setId("webhook-secret-help");
    secret.setId("webhook-secret");
    secret.setReadOnly(true);
    secret.setAutoselect(true);
    secret.setHelperText("Il ne sera plus affiché. Sélectionné, il se copie avec Ctrl+C.");
    secret.addClassName("webhook-secret");
    secretBlock.add(secretHelp, secret);
    Div form = new Div(url, active, rotate);
    form.addClassName("webhook-form");
    add(heading, explanation, state, alert, form, buttons, secretBlock, deliveries);
  }

  void reload() {
    FieldErrors.clear(alert, Map.of("url", url));
    hideSecret();
    rotate.setValue(false);
    try {
      show(webhooks.endpoint());
    } catch (NotFoundException e) {
      showNone();
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      showNone();
    }
    deliveries.reload();
  }

  private void show(Endpoint e) {
    url.setValue(e.url() == null ? "" : e.url());
    active.setValue(e.active());
    rotate.setVisible(true);
    state.setText(
        "Adresse réglée le "
            + Formats.at(e.updatedAt())
            + (e.active() ? " : les événements sont envoyés." : " : l'envoi est suspendu."));
  }

  /** No endpoint yet: a secret is made on the first saving anyway, nothing to rotate. */
  private void showNone() {
    url.clear();
    active.setValue(true);
    rotate.setVisible(false);
    state.setText(NONE);
  }

  private void save() {
    Endpoint saved;
    try {
      saved = webhooks.configure(url.getValue(), active.getValue(), rotate.getValue());
    } catch (InvalidInputException e) {
      FieldErrors.show(
          e.errors(), alert, Map.of("url", url), "L'adresse de réception n'a pas été enregistrée");
      return;
    } catch (DomainException e) {
      Notices.error(e.getMessage());
      return;
    }
    FieldErrors.clear(alert, Map.of("url", url));
    rotate.setValue(false);
    show(saved);
    if (saved.secret() == null) {
      Notices.success("Adresse de réception enregistrée.");
      return;
    }
    Notices.success(
        "Adresse de réception enregistrée. Notez le secret de signature : il ne sera plus"
            + " affiché.");
    secret.setValue(saved.secret());
    secretBlock.setVisible(true);
    secret.focus();
  }

  private void hideSecret() {
    secret.clear();
    secretBlock.setVisible(false);
  }
}
