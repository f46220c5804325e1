package fr.aiguillage.ui.questionnaire;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.criteria.QuestionnaireEditor;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.questionnaire.Questionnaires;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.UnsavedChanges;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The diagnostic questionnaire in use in the département: the national sections, read-only, then
 * the département's own, which an administrator changes and saves as a new version. The service
 * checks the right and the rules again; this page only spares people buttons they cannot use.
 */
@Route(value = "questionnaire", layout = MainLayout.class)
@PageTitle("Questionnaire du diagnostic — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class QuestionnaireView extends VerticalLayout
    implements BeforeEnterObserver, BeforeLeaveObserver {
  private final Questionnaires questionnaires;
  private final QuestionnaireEditor editor;
  private final boolean admin;
  private final Paragraph version = new Paragraph();
  private final SaveBar actions = new SaveBar(this::addSection, this::save, this::discard);
  private final ErrorList errors = new ErrorList();
  private final UnsavedChanges unsaved =
      new UnsavedChanges(
          "questionnaire-unsaved-dialog",
          "Le questionnaire a été modifié et la nouvelle version n'est pas enregistrée.");
  private final QuestionnaireOutline outline =
      new QuestionnaireOutline(this::changed, actions::focusAddSection);
  private Additions additions;

  @Inject
  public QuestionnaireView(
      Questionnaires questionnaires, QuestionnaireEditor editor, CurrentCaller caller) {
    this.questionnaires = questionnaires;
    this.editor = editor;
    this.admin = caller.get().hasRole(Roles.TENANT_ADMIN);
    setId("questionnaire-view");
    addClassName("questionnaire-view");
    H1 title = PageHeading.title("Questionnaire du diagnostic");
    version.setId("questionnaire-version");
    Paragraph rights = new Paragraph(rights(admin));
    rights.setId("questionnaire-rights");
    actions.setVisible(admin);
    add(title, version, rights, actions, errors, outline);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    load();
  }

  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    unsaved.guard(event, additions != null && additions.changed());
  }

  private void load() {
    Questionnaire current = questionnaires.current();
    additions = new Additions(current);
    version.setText(summary(current.version(), additions));
    errors.clear();
    outline.show(additions, admin);
    actions.update(false);
  }

  private void changed() {
    actions.update(additions.changed());
  }

  private void addSection() {
    outline.addSection();
  }

  private void discard() {
    if (additions.changed()) {
      unsaved.confirm(this::load, () -> {});
    }
  }

  private void save() {
    if (!additions.changed()) {
      Notices.success("Aucune modification à enregistrer.");
      return;
    }
    List<String> problems = additions.problems();
    if (!problems.isEmpty()) {
      refused(problems.stream().map(p -> new FieldError("sections", p)).toList());
      return;
    }
    try {
      Questionnaire saved = editor.saveAdditions(additions.sections());
      load();
      Notices.success("Version " + saved.version() + " enregistrée");
      actions.focusSave();
    } catch (InvalidInputException e) {
      refused(e.errors());
    } catch (AccessDeniedException | ConflictException e) {
      refused(List.of(new FieldError("sections", e.getMessage())));
    }
  }

  /** Says why, in the list above the questions and under each question concerned; keeps it all. */
  private void refused(List<FieldError> refusals) {
    outline.show(additions, admin);
    outline.showErrors(refusals);
    errors.show(
        "La nouvelle version n'a pas été enregistrée. À corriger :",
        refusals.stream().map(FieldError::message).toList());
    int n = refusals.size();
    Notices.error(
        "La nouvelle version n'a pas été enregistrée : "
            + (n == 1 ? "1 point à corriger" : n + " points à corriger")
            + ", détaillés en haut de la page. Vos modifications sont conservées.");
  }

  static String rights(boolean admin) {
    return admin
        ? "Les sections et questions nationales ne se modifient pas. Pour poser une question de"
            + " plus, ajoutez-la dans une section du département. Vos changements comptent une"
            + " fois la nouvelle version enregistrée ; un changement qui casserait une règle des"
            + " critères en vigueur est refusé."
        : "Seul un administrateur du département peut modifier le questionnaire. Vous pouvez le"
            + " consulter.";
  }

  /** "Version 3. Ajouts du département : 1 section, 4 questions." */
  static String summary(int version, Additions additions) {
    int sections = additions.sections().size();
    int questions = additions.questionCount();
    String own =
        sections == 0
            ? "Le département n'a rien ajouté à la base nationale."
            : "Ajouts du département : "
                + plural(sections, "section", "sections")
                + ", "
                + plural(questions, "question", "questions")
                + ".";
    return "Version " + version + ". " + own;
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n <= 1 ? one : many);
  }
}
