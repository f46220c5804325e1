package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * Asks for the effective date of a draft version (criteria, a contract template) before publishing
 * it; the view publishes, then closes the dialog or brings back the refusal.
 */
public class PublishDialog extends Dialog {
  private final DatePicker effectiveFrom = FrenchDates.checkedByForm("Date d'effet");

  /**
   * @param title the dialog's title ("Publier la version 3")
   * @param explanation what publishing changes, in a sentence or two
   */
  public PublishDialog(
      String title,
      String explanation,
      LocalDate today,
      BiConsumer<PublishDialog, LocalDate> onConfirm) {
    setId("publish-dialog");
    setHeaderTitle(title);
    effectiveFrom.setId("publish-date");
    effectiveFrom.setMin(today);
    effectiveFrom.setValue(today);
    effectiveFrom.setRequiredIndicatorVisible(true);
    effectiveFrom.setHelperText("Au plus tôt aujourd'hui ; format jj/mm/aaaa.");
    add(new Paragraph(explanation), effectiveFrom);
    Button confirm = new Button("Publier", click -> confirm(onConfirm));
    confirm.setId("publish-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("publish-cancel");
    getFooter().add(cancel, confirm);
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            effectiveFrom.focus();
          }
        });
  }

  /** The service refused the date: say why on the field. */
  public void refuse(String message) {
    effectiveFrom.setErrorMessage(message);
    effectiveFrom.setInvalid(true);
    effectiveFrom.focus();
  }

  private void confirm(BiConsumer<PublishDialog, LocalDate> onConfirm) {
    if (effectiveFrom.getValue() == null) {
      refuse("Choisissez la date d'effet.");
      return;
    }
    effectiveFrom.setInvalid(false);
    onConfirm.accept(this, effectiveFrom.getValue());
  }
}
