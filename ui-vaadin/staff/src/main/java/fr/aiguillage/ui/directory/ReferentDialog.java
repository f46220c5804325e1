package fr.aiguillage.ui.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.aiguillage.directory.ReferentDraft;
import fr.aiguillage.directory.Referents.ReferentLine;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.shared.FieldError;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Adds a referent to the structure shown, or corrects one. "Enregistrer" hands the draft to whoever
 * saves it, who closes the dialog or brings back the refusals.
 */
class ReferentDialog extends Dialog {
  private final ReferentForm form;
  private final Button save = new Button("Enregistrer");

  /**
   * @param structure the structure selected in the directory
   * @param shown the referent corrected, or {@code null} for a new one
   * @param territories the département's territory names by id
   * @param onSave this dialog and the typed referent
   */
  ReferentDialog(
      StructureSummary structure,
      ReferentLine shown,
      Map<UUID, String> territories,
      BiConsumer<ReferentDialog, ReferentDraft> onSave) {
    setId("referent-dialog");
    setHeaderTitle(
        shown == null
            ? "Ajouter un référent"
            : "Modifier le référent " + shown.firstName() + " " + shown.lastName());
    setCloseOnOutsideClick(false);
    setWidth("min(40em, 100%)");
    form = new ReferentForm(territories);
    form.fill(shown, structure.pathways());
    Paragraph where = new Paragraph("Structure : " + structure.name());
    where.setId("referent-structure");
    where.addClassName("secondary");
    add(where, form);
    save.setId("referent-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setDisableOnClick(true);
    save.addClickListener(
        click ->
            form.read(structure.id())
                .ifPresentOrElse(draft -> onSave.accept(this, draft), () -> save.setEnabled(true)));
    Button cancel = new Button("Annuler", click -> close());
    cancel.setId("referent-cancel");
    getFooter().add(cancel, save);
    addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            form.focusFirst();
          }
        });
  }

  /**
   * The service refused the referent: the reasons go on their fields, "Enregistrer" is usable
   * again; returns the reasons that have no field here.
   */
  List<String> refuse(List<FieldError> errors) {
    save.setEnabled(true);
    return form.showErrors(errors);
  }
}
