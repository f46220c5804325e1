package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.criteria.Criteria;
import fr.aiguillage.criteria.CriteriaVersionDetails;
import fr.aiguillage.criteria.Proposal;
import fr.aiguillage.criteria.ReplayReport;
import fr.aiguillage.criteria.Rule;
import fr.aiguillage.criteria.RuleError;
import fr.aiguillage.criteria.RuleSetRejectedException;
import fr.aiguillage.diagnostic.CriteriaReplay;
import fr.aiguillage.questionnaire.Questionnaire;
import fr.aiguillage.shared.AccessDeniedException;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.PublishDialog;
import fr.aiguillage.ui.kit.UnsavedChanges;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The département's orientation criteria: the versions, the rule table (edited by an administrator,
 * as a draft), its publication, a test bench and a replay on past diagnostics open to all staff.
 * The services check every right again; this page only spares people buttons they cannot use.
 */
@Route(value = "criteres", layout = MainLayout.class)
@PageTitle("Critères d'orientation — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class CriteriaView extends VerticalLayout
    implements BeforeEnterObserver, BeforeLeaveObserver {
  private final Criteria service;
  private final CriteriaReplay replayer;
  private final Clock clock;
  private final boolean admin;
  private final VersionBar versionBar = new VersionBar(this::picked);
  private final DraftActions actions =
      new DraftActions(this::copyToDraft, this::save, this::publish);
  private final VariableHelp variables = new VariableHelp();
  private final UnsavedChanges unsaved =
      new UnsavedChanges("unsaved-dialog", "Les règles ont été modifiées et pas enregistrées.");
  private final RuleEditor editor = new RuleEditor(this::edited);
  private final TestBench bench = new TestBench(this::test);
  private final ReplayPanel replay = new ReplayPanel(this::replay);
  private List<CriteriaVersionDetails> versions = List.of();
  private CriteriaVersionDetails inForce;
  private CriteriaVersionDetails shown;
  private boolean copying;
  private boolean dirty;

  @Inject
  public CriteriaView(
      Criteria service, CriteriaReplay replayer, CurrentCaller caller, Clock clock) {
    this.service = service;
    this.replayer = replayer;
    this.clock = clock;
    this.admin = caller.get().hasRole(Roles.TENANT_ADMIN);
    setId("criteria-view");
    addClassName("criteria-view");
    H1 title = PageHeading.title("Critères d'orientation");
    add(title, versionBar, rules(), bench, replay);
  }

  private Section rules() {
    H2 heading = new H2("Règles");
    heading.setId("rules-title");
    Section section =
        new Section(
            heading,
            new Paragraph(
                "Les règles sont essayées dans l'ordre : la première dont la condition est vraie"
                    + " propose le parcours. La dernière doit s'appliquer à tous les cas restants"
                    + " (condition « true »). Rien n'est décidé sans un agent, qui valide chaque"
                    + " proposition."),
            variables,
            actions,
            editor);
    section.getElement().setAttribute("aria-labelledby", "rules-title");
    return section;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Questionnaire questionnaire = service.questionnaire();
    variables.show(questionnaire);
    bench.show(questionnaire);
    load(Optional.empty());
  }

  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    unsaved.guard(event, dirty);
  }

  /** Reads the versions again and shows version {@code wanted}, or the page's first choice. */
  private void load(Optional<Integer> wanted) {
    LocalDate today = LocalDate.now(clock);
    versions = service.versions();
    inForce = service.inForce(today);
    CriteriaVersionDetails pick =
        wanted
            .flatMap(number -> VersionChoice.find(versions, number))
            .orElseGet(() -> VersionChoice.initial(versions, inForce, admin));
    versionBar.show(versions, inForce, today, pick);
    display(pick);
  }

  private void display(CriteriaVersionDetails version) {
    shown = version;
    copying = false;
    dirty = false;
    editor.show(version.rules());
    bench.clearProposal();
    replay.clear();
    refresh();
  }

  private EditorState state() {
    return new EditorState(admin, shown, copying, dirty, VersionChoice.draft(versions));
  }

  private void refresh() {
    EditorState state = state();
    editor.setEditable(state.editable());
    actions.update(state);
  }

  private void picked(CriteriaVersionDetails version) {
    if (!dirty) {
      display(version);
      return;
    }
    unsaved.confirm(() -> display(version), () -> versionBar.select(shown));
  }

  private void edited() {
    replay.clear();
    if (!dirty) {
      dirty = true;
      refresh();
    }
  }

  private void copyToDraft() {
    copying = true;
    dirty = true;
    refresh();
    editor.rows().stream().findFirst().ifPresent(row -> row.code.focus());
  }

  private void save() {
    try {
      CriteriaVersionDetails saved = service.saveDraft(editor.rules());
      Notices.success("Brouillon enregistré (version " + saved.version() + ")");
      load(Optional.of(saved.version()));
      actions.focusSave();
    } catch (RuleSetRejectedException e) {
      refused("Le brouillon n'a pas été enregistré : ", e.ruleErrors());
    }
  }

  private void publish() {
    int version = shown.version();
    new PublishDialog(
            "Publier la version " + version,
            "À partir de cette date, les propositions d'orientation suivront ces règles. Une"
                + " version publiée ne se modifie plus : pour la changer, vous créerez un nouveau"
                + " brouillon.",
            LocalDate.now(clock),
            (dialog, day) -> publish(dialog, version, day))
        .open();
  }

  private void publish(PublishDialog dialog, int version, LocalDate day) {
    try {
      CriteriaVersionDetails published = service.publish(version, day);
      dialog.close();
      Notices.success(
          "Version "
              + published.version()
              + " publiée, en vigueur à partir du "
              + Formats.day(published.effectiveFrom())
              + ".");
      load(Optional.of(published.version()));
    } catch (RuleSetRejectedException e) {
      dialog.close();
      refused("La version n'a pas été publiée : ", e.ruleErrors());
    } catch (InvalidInputException e) {
      dialog.refuse(String.join(" ", e.errors().stream().map(FieldError::message).toList()));
    } catch (ConflictException | NotFoundException e) {
      dialog.close();
      Notices.error(e.getMessage());
      load(Optional.empty());
    }
  }

  /**
   * Tests the rules shown: those in the editor while editing, the version in force as the service
   * knows it, or the older or later version picked.
   */
  private void test(Map<String, Object> answers, Integer age) {
    Optional<List<Rule>> rules;
    String testedWith;
    if (state().editable()) {
      rules = Optional.of(editor.rules());
      testedWith =
          "Testé avec les règles de l'éditeur"
              + (dirty ? ", modifications non enregistrées comprises." : ".");
    } else if (shown.version() == inForce.version()) {
      rules = Optional.empty();
      testedWith =
          "Testé avec les règles en vigueur aujourd'hui (" + VersionLabels.name(inForce) + ").";
    } else {
      rules = Optional.of(shown.rules());
      testedWith = "Testé avec les règles " + VersionLabels.ofName(shown) + ".";
    }
    try {
      Proposal proposal = service.simulate(rules, answers, age);
      editor.clearErrors();
      bench.showProposal(proposal, testedWith);
    } catch (RuleSetRejectedException e) {
      bench.clearProposal();
      refused("Le test n'a pas pu être fait : ", e.ruleErrors());
    } catch (InvalidInputException e) {
      List<String> unplaced = bench.showErrors(e.errors());
      Notices.error(
          "Le test n'a pas pu être fait : des réponses sont refusées."
              + (unplaced.isEmpty() ? "" : " " + String.join(" ", unplaced)));
    }
  }

  /**
   * Replays the rules shown on past diagnostics: those in the editor while editing (unsaved changes
   * included), otherwise the version shown, by its number.
   */
  private void replay() {
    Optional<List<Rule>> rules;
    Optional<Integer> version;
    if (state().editable()) {
      rules = Optional.of(editor.rules());
      version = Optional.empty();
    } else {
      rules = Optional.empty();
      version = Optional.of(shown.version());
    }
    try {
      ReplayReport report = replayer.replay(rules, version);
      editor.clearErrors();
      replay.show(report);
    } catch (RuleSetRejectedException e) {
      replay.clear();
      refused("Le rejeu n'a pas pu être fait : ", e.ruleErrors());
    } catch (AccessDeniedException e) {
      replay.clear();
      Notices.error(e.getMessage());
    }
  }

  private void refused(String what, List<RuleError> errors) {
    List<String> unplaced = editor.showErrors(errors);
    Notices.error(
        what
            + RuleErrors.summary(errors)
            + (unplaced.isEmpty() ? "" : " " + String.join(" ", unplaced)));
  }
}
