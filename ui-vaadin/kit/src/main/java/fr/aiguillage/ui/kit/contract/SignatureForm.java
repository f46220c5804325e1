package fr.aiguillage.ui.kit.contract;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.contract.SignatureConsent;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.ui.kit.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One signature made on this screen: the signer ticks their consent and types their name; the hash
 * of the document shown goes with them. Ids are {@code prefix}-consent, -name and -sign.
 */
class SignatureForm extends Div {
  private final Checkbox consent = new Checkbox();
  private final TextField name = new TextField();
  private final Paragraph alert;

  SignatureForm(
      String prefix,
      String title,
      String explanation,
      String consentText,
      String nameLabel,
      String signText,
      Consumer<SignatureForm> sign) {
    addClassName("contract-signature-form");
    setId(prefix + "-form");
    H3 heading = new H3(title);
    heading.setId(prefix + "-title");
    getElement().setAttribute("role", "group");
    getElement().setAttribute("aria-labelledby", prefix + "-title");
    Paragraph help = new Paragraph(explanation);
    help.addClassName("secondary");
    consent.setId(prefix + "-consent");
    consent.setLabel(consentText);
    name.setId(prefix + "-name");
    name.setLabel(nameLabel);
    name.setMaxLength(Limits.NAME);
    name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
    name.setWidth("min(24em, 100%)");
    name.setManualValidation(true);
    alert = FieldErrors.alert(prefix + "-alert", "contract-alert");
    Button button = new Button(signText, VaadinIcon.PENCIL.create(), e -> sign.accept(this));
    button.setId(prefix + "-sign");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(heading, help, consent, name, alert, button);
  }

  SignatureConsent given(String shownSha256) {
    return new SignatureConsent(consent.getValue(), name.getValue(), shownSha256);
  }

  void refuse(List<FieldError> errors) {
    FieldErrors.show(errors, alert, Map.of("typedName", name), "La signature n'a pas été faite");
    if (errors.stream().anyMatch(e -> "consent".equals(e.field()))) {
      consent.focus();
    }
  }

  void clear() {
    consent.setValue(false);
    name.clear();
    FieldErrors.clear(alert, Map.of("typedName", name));
  }
}
