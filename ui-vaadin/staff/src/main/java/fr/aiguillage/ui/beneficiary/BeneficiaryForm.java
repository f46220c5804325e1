package fr.aiguillage.ui.beneficiary;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.ui.kit.FieldErrors;
import java.util.List;
import java.util.Map;

/**
 * A person's file as a form: read-only until "Modifier", then "Enregistrer" hands a draft to
 * whoever listens. It knows no service; the view sends the draft and brings back the refusals.
 */
public class BeneficiaryForm extends VerticalLayout {
  /** The services' wording for an empty list is meant for API clients; the form says it simply. */
  private static final Map<String, String> EMPTY_CHOICE =
      Map.of(
          "civility", "Choisissez la civilité.",
          "householdRole", "Choisissez le rôle dans le foyer.");

  private final BeneficiaryFields fields = new BeneficiaryFields();
  private final Binder<BeneficiaryFormBean> binder = new Binder<>(BeneficiaryFormBean.class);
  private final Button edit = new Button("Modifier");
  private final Button save = new Button("Enregistrer");
  private final Button cancel = new Button("Annuler");
  private final TerritoryConverter territories = new TerritoryConverter();
  private BeneficiaryFormBean shown = new BeneficiaryFormBean();

  public BeneficiaryForm() {
    setPadding(false);
    setId("beneficiary-form");
    binder.forField(fields.territoryId).withConverter(territories).bind("territoryId");
    binder.bindInstanceFields(fields);
    add(fields, buttons());
    setEditing(false);
  }

  public void setTerritories(List<TerritoryOption> options) {
    territories.setOptions(options);
    fields.territoryId.setItems(options);
  }

  /** Shows a file (or an empty one); the NIR on file is only hinted, masked. */
  public void show(BeneficiaryDraft draft, String maskedNirOnFile) {
    shown = BeneficiaryFormBean.from(draft);
    binder.readBean(shown);
    fields.showNirOnFile(maskedNirOnFile);
    clearErrors();
  }

  public void setEditing(boolean editing) {
    binder.setReadOnly(!editing);
    edit.setVisible(!editing);
    save.setVisible(editing);
    cancel.setVisible(editing);
    if (editing) {
      fields.civility.focus();
    }
  }

  /**
   * Puts each refusal on its field and returns the messages that have no field here (e.g. a
   * concurrent change), for the view to show otherwise.
   */
  public List<String> showErrors(List<FieldError> errors) {
    clearErrors();
    return FieldErrors.place(errors, fields::field, BeneficiaryForm::message);
  }

  boolean hasField(String draftComponent) {
    return fields.field(draftComponent) != null;
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  private HorizontalLayout buttons() {
    edit.setId("edit");
    save.setId("save");
    cancel.setId("cancel");
    edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    edit.addClickListener(click -> setEditing(true));
    save.addClickListener(click -> submit());
    cancel.addClickListener(click -> revert());
    HorizontalLayout bar = new HorizontalLayout(edit, save, cancel);
    bar.addClassName("form-actions");
    return bar;
  }

  private void submit() {
    BeneficiaryFormBean typed = new BeneficiaryFormBean();
    if (binder.writeBeanIfValid(typed)) {
      fireEvent(new SaveEvent(this, typed.toDraft()));
    }
  }

  private void revert() {
    binder.readBean(shown);
    clearErrors();
    setEditing(false);
    fireEvent(new CancelEvent(this));
    edit.focus();
  }

  private void clearErrors() {
    fields.all().values().forEach(c -> ((HasValidation) c).setInvalid(false));
  }

  private static String message(FieldError error, HasValidation field) {
    boolean empty = ((HasValue<?, ?>) field).isEmpty();
    return empty && EMPTY_CHOICE.containsKey(error.field())
        ? EMPTY_CHOICE.get(error.field())
        : error.message();
  }

  /** "Enregistrer" was pressed with these values. */
  public static class SaveEvent extends ComponentEvent<BeneficiaryForm> {
    private final BeneficiaryDraft draft;

    SaveEvent(BeneficiaryForm source, BeneficiaryDraft draft) {
      super(source, false);
      this.draft = draft;
    }

    public BeneficiaryDraft draft() {
      return draft;
    }
  }

  /** "Annuler" was pressed: the form is back to the file as shown. */
  public static class CancelEvent extends ComponentEvent<BeneficiaryForm> {
    CancelEvent(BeneficiaryForm source) {
      super(source, false);
    }
  }
}
