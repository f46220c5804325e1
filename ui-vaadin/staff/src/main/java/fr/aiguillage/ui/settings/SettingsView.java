package fr.aiguillage.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.settings.TenantSettings;
import fr.aiguillage.settings.TenantSettings.Settings;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * "Paramètres du département": the orientation target, how long a structure has to answer a
 * referral and when it is reminded, and the coordination's address. Staff read them; the
 * département's administrator changes them. Read on every visit; the service checks the caller's
 * rights and the values again.
 */
@Route(value = SettingsView.ROUTE, layout = MainLayout.class)
@PageTitle("Paramètres — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT})
public class SettingsView extends VerticalLayout implements BeforeEnterObserver {
  public static final String ROUTE = "parametres";

  static final String NOT_SAVED = "Les paramètres n'ont pas été enregistrés";
  static final String READ_ONLY = "Seul l'administrateur du département modifie ces paramètres.";

  private final TenantSettings settings;
  private final SettingsForm form = new SettingsForm();
  private final Button save = new Button("Enregistrer");

  @Inject
  public SettingsView(TenantSettings settings, CurrentCaller caller) {
    this.settings = settings;
    boolean admin = caller.get().hasRole(Roles.TENANT_ADMIN);
    setId("settings-view");
    addClassName("settings-view");
    H1 title = PageHeading.title("Paramètres du département");
    Paragraph explanation =
        PageHeading.explanation(
            "settings-explanation",
            "Les délais du département : le délai cible d'orientation, suivi dans « Suivi des"
                + " délais » et « À orienter », le temps laissé aux structures pour répondre à une"
                + " orientation qui leur est adressée, et l'adresse prévenue quand elles n'ont pas"
                + " répondu.");
    add(title, explanation);
    if (!admin) {
      Paragraph rights = new Paragraph(READ_ONLY);
      rights.setId("settings-rights");
      add(rights);
    }
    form.setEditable(admin);
    add(form);
    save.setId("settings-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setDisableOnClick(true);
    save.addClickListener(click -> save());
    if (admin) {
      add(save);
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    load();
  }

  private void load() {
    form.fill(settings.get());
  }

  private void save() {
    try {
      Optional<Settings> typed = form.read();
      if (typed.isEmpty()) {
        return;
      }
      settings.update(typed.get());
      Notices.success("Paramètres enregistrés.");
      load();
      // The button was disabled while saving; keyboard users stay where they were.
      save.setEnabled(true);
      save.focus();
    } catch (InvalidInputException e) {
      refused(e.errors());
    } catch (AccessDeniedException | NotFoundException e) {
      Notices.error(e.getMessage());
    } finally {
      save.setEnabled(true);
    }
  }

  private void refused(List<FieldError> errors) {
    List<String> unplaced = form.showErrors(errors);
    Notices.error(summary(errors, unplaced));
  }

  /** "Les paramètres n'ont pas été enregistrés : 2 champs à corriger.", then what has no field. */
  static String summary(List<FieldError> errors, List<String> unplaced) {
    int fields =
        (int)
            errors.stream()
                .map(FieldError::field)
                .filter(SettingsForm.FIELDS::contains)
                .distinct()
                .count();
    return FieldErrors.summary(NOT_SAVED, fields, unplaced);
  }
}
