package fr.aiguillage.ui.templates;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiarySearch;
import fr.aiguillage.beneficiary.BeneficiarySummary;
import fr.aiguillage.contract.ContractKind;
import fr.aiguillage.contract.ContractTemplates;
import fr.aiguillage.contract.TemplateDetails;
import fr.aiguillage.contract.TemplateSummary;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.shared.PageRequest;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.ui.kit.FieldErrors;
import fr.aiguillage.ui.kit.Formats;
import fr.aiguillage.ui.kit.Notices;
import fr.aiguillage.ui.kit.PageHeading;
import fr.aiguillage.ui.kit.PublishDialog;
import fr.aiguillage.ui.kit.ServiceCalls;
import fr.aiguillage.ui.kit.UnsavedChanges;
import fr.aiguillage.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * "Modèles de contrat": the département's versions of the three kinds of contract, the editor of a
 * draft (title, sections, merge fields), its publication and archiving, and a preview on one of the
 * département's people. Staff read and preview; the département's administrator writes. The service
 * checks every right again; this page only spares people buttons they cannot use.
 */
@Route(value = ContractTemplatesView.ROUTE, layout = MainLayout.class)
@PageTitle("Modèles de contrat — Aiguillage")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.COORDINATOR, Roles.ORIENTATION_AGENT, Roles.REFERENT})
public class ContractTemplatesView extends VerticalLayout
    implements BeforeEnterObserver, BeforeLeaveObserver {
  public static final String ROUTE = "modeles-contrat";
  static final String NOT_SAVED = "Le brouillon n'a pas été enregistré";

  private final ContractTemplates templates;
  private final Beneficiaries people;
  private final Clock clock;
  private final boolean admin;
  private final KindsPanel kinds;
  private final TemplateEditor editor;
  private final PreviewPanel preview;
  private final UnsavedChanges unsaved =
      new UnsavedChanges("unsaved-dialog", "Le modèle a été modifié et pas enregistré.");
  private List<TemplateSummary> summaries = List.of();

  @Inject
  public ContractTemplatesView(
      ContractTemplates templates, Beneficiaries people, CurrentCaller caller, Clock clock) {
    this.templates = templates;
    this.people = people;
    this.clock = clock;
    this.admin = caller.get().hasRole(Roles.TENANT_ADMIN);
    this.kinds = new KindsPanel(admin, this::adopt, this::picked);
    this.editor = new TemplateEditor(admin, new EditorActions());
    this.preview = new PreviewPanel(this::fetchPeople, this::countPeople, this::preview);
    setId("contract-templates-view");
    addClassName("contract-templates-view");
    Paragraph explanation =
        PageHeading.explanation(
            "templates-explanation",
            "Les textes avec lesquels les contrats du département sont écrits : pour chaque type"
                + " de contrat, le modèle national adopté puis adapté, version par version. Un"
                + " brouillon se modifie, se prévisualise sur une personne, puis se publie avec"
                + " une date d'effet ; les contrats déjà écrits gardent leur texte.");
    add(PageHeading.title("Modèles de contrat"), explanation, kinds, editor, preview);
    preview.setVisible(false);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    load(Optional.empty());
  }

  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    unsaved.guard(event, editor.isDirty());
  }

  /** Reads the list again and shows version {@code wanted}, or the page's first choice. */
  private void load(Optional<UUID> wanted) {
    summaries = templates.list();
    Optional<UUID> pick = wanted.or(() -> VersionPick.initial(summaries, admin));
    kinds.show(summaries, today(), pick.orElse(null));
    pick.flatMap(id -> ServiceCalls.attempt(() -> templates.read(id))).ifPresent(this::display);
  }

  private void display(TemplateDetails template) {
    editor.show(template, today());
    preview.clear();
    preview.setVisible(true);
  }

  private void picked(UUID id) {
    if (!editor.isDirty()) {
      load(Optional.of(id));
      return;
    }
    unsaved.confirm(() -> load(Optional.of(id)), () -> {});
  }

  private void adopt(ContractKind kind) {
    ServiceCalls.attempt(() -> templates.adopt(kind))
        .ifPresentOrElse(
            adopted -> {
              Notices.success(
                  "Modèle national adopté : version "
                      + adopted.version()
                      + " en brouillon, à adapter puis publier.");
              load(Optional.of(adopted.id()));
            },
            () -> load(Optional.empty()));
  }

  private void save() {
    TemplateDetails shown = editor.shown();
    try {
      TemplateDetails saved =
          templates.revise(shown.id(), shown.rowVersion(), editor.title(), editor.sections());
      Notices.success("Brouillon enregistré (version " + saved.version() + ").");
      load(Optional.of(saved.id()));
    } catch (InvalidInputException e) {
      List<String> unplaced = editor.showErrors(e.errors());
      Notices.error(FieldErrors.summary(NOT_SAVED, placed(e.errors(), unplaced), unplaced));
    } catch (ConflictException e) {
      // Someone else saved it, or it was published meanwhile: the typed text stays on screen.
      Notices.error(e.getMessage());
    }
  }

  private static int placed(List<FieldError> errors, List<String> unplaced) {
    return errors.size() - unplaced.size();
  }

  private void publish() {
    TemplateDetails shown = editor.shown();
    new PublishDialog(
            "Publier la version " + shown.version(),
            "À partir de cette date, les nouveaux contrats de ce type seront écrits avec cette"
                + " version ; les contrats déjà écrits gardent leur texte. Une version publiée ne se"
                + " modifie plus.",
            today(),
            (dialog, day) -> publish(dialog, shown, day))
        .open();
  }

  private void publish(PublishDialog dialog, TemplateDetails shown, LocalDate day) {
    ServiceCalls.fromDialog(
        dialog,
        () -> templates.publish(shown.id(), day),
        errors ->
            dialog.refuse(String.join(" ", errors.stream().map(FieldError::message).toList())),
        published -> {
          Notices.success(
              "Version "
                  + published.version()
                  + " publiée, en vigueur à partir du "
                  + Formats.day(published.effectiveFrom())
                  + ".");
          load(Optional.of(published.id()));
        },
        () -> load(Optional.of(shown.id())));
  }

  private void archive() {
    TemplateDetails shown = editor.shown();
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("archive-dialog");
    dialog.setHeader("Archiver la version " + shown.version() + " ?");
    dialog.setText(
        "Une version archivée ne sert plus à écrire de contrats ; ceux déjà écrits gardent leur"
            + " texte. Elle reste consultable et peut servir de départ à un nouveau brouillon.");
    dialog.setCancelable(true);
    dialog.setCancelText("Garder la version");
    dialog.setConfirmText("Archiver");
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(
        e -> {
          if (ServiceCalls.run(
              () -> templates.archive(shown.id()), "Version " + shown.version() + " archivée.")) {
            load(Optional.of(shown.id()));
          }
        });
    dialog.open();
  }

  private void newDraft() {
    TemplateDetails shown = editor.shown();
    ServiceCalls.attempt(() -> templates.newDraft(shown.id()))
        .ifPresent(
            draft -> {
              Notices.success(
                  "Version "
                      + draft.version()
                      + " créée en brouillon à partir de la version "
                      + shown.version()
                      + ".");
              load(Optional.of(draft.id()));
            });
  }

  private void preview(BeneficiarySummary person) {
    TemplateDetails shown = editor.shown();
    ServiceCalls.attempt(() -> templates.preview(shown.id(), person.id()))
        .ifPresent(p -> preview.show("de la version " + shown.version(), person, p));
  }

  /** The combo box asks by offset and limit, aligned on its page size: that is a page number. */
  private Stream<BeneficiarySummary> fetchPeople(Query<BeneficiarySummary, String> query) {
    Optional<BeneficiarySearch> search = search(query);
    if (search.isEmpty() || query.getLimit() == 0) {
      return Stream.empty();
    }
    PageRequest page = new PageRequest(query.getPage(), query.getPageSize());
    return people.search(search.get(), page).items().stream();
  }

  private int countPeople(Query<BeneficiarySummary, String> query) {
    return search(query)
        .map(s -> (int) Math.min(people.count(s), Beneficiaries.COUNT_CAP))
        .orElse(0);
  }

  /** Nothing is listed before two letters of a name: a département has thousands of people. */
  private static Optional<BeneficiarySearch> search(Query<BeneficiarySummary, String> query) {
    return query
        .getFilter()
        .map(String::strip)
        .filter(text -> text.length() >= 2)
        .map(
            text ->
                new BeneficiarySearch(
                    Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The editor's buttons. */
  private final class EditorActions implements TemplateEditor.Actions {
    @Override
    public void save() {
      ContractTemplatesView.this.save();
    }

    @Override
    public void publish() {
      ContractTemplatesView.this.publish();
    }

    @Override
    public void archive() {
      ContractTemplatesView.this.archive();
    }

    @Override
    public void newDraft() {
      ContractTemplatesView.this.newDraft();
    }
  }
}
