package fr.aiguillage.ui.templates;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.contract.MergeField;
import fr.aiguillage.contract.TemplateDetails;
import fr.aiguillage.contract.TemplateSection;
import fr.aiguillage.shared.FieldError;
import fr.aiguillage.shared.Limits;
import fr.aiguillage.ui.kit.FieldErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version of a template: its title and sections (editable while it is a draft, by an
 * administrator), the merge fields beside them, its fixed legal mentions, and what can be done with
 * it. It knows no service: the view saves, publishes and archives.
 */
class TemplateEditor extends Section {
  private static final Pattern SECTION_FIELD =
      Pattern.compile("sections\\[(\\d+)\\]\\.(heading|body)");

  /** What the buttons ask the view to do. */
  interface Actions {
    void save();

    void publish();

    void archive();

    void newDraft();
  }

  private final boolean admin;
  private final H2 heading = new H2();
  private final Paragraph state = new Paragraph();
  private final Paragraph status = new Paragraph();
  private final TextField title = new TextField("Titre du contrat");
  private final Div sectionsBox = new Div();
  private final Button addSection = new Button("Ajouter une section", VaadinIcon.PLUS.create());
  private final MergeFieldList mergeFields = new MergeFieldList(this::insert);
  private final OrderedList mentions = new OrderedList();
  private final Button save = new Button("Enregistrer le brouillon");
  private final Button publish = new Button("Publier…");
  private final Button archive = new Button("Archiver");
  private final Button newDraft =
      new Button("Nouveau brouillon à partir de cette version", VaadinIcon.COPY.create());
  private final List<SectionFields> sections = new ArrayList<>();
  private TemplateDetails shown;
  private SectionFields lastUsed;
  private boolean editable;
  private boolean dirty;

  TemplateEditor(boolean admin, Actions actions) {
    this.admin = admin;
    setId("template-editor");
    addClassName("template-editor");
    heading.setId("editor-title");
    getElement().setAttribute("aria-labelledby", "editor-title");
    state.setId("editor-state");
    status.setId("editor-status");
    status.addClassName("secondary");
    status.getElement().setAttribute("aria-live", "polite");
    title.setId("template-title");
    title.setMaxLength(Limits.LABEL);
    title.setWidthFull();
    title.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            changed();
          }
        });
    sectionsBox.setId("template-sections");
    addSection.setId("add-section");
    addSection.addClickListener(click -> addSection());
    save.setId("template-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> actions.save());
    publish.setId("template-publish");
    publish.addClickListener(click -> actions.publish());
    archive.setId("template-archive");
    archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
    archive.addClickListener(click -> actions.archive());
    newDraft.setId("template-new-draft");
    newDraft.addClickListener(click -> actions.newDraft());
    HorizontalLayout buttons = new HorizontalLayout(save, publish, newDraft, archive);
    buttons.setWrap(true);
    buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
    buttons.addClassName("template-actions");

    H3 mentionsTitle = new H3("Mentions légales (fixes)");
    mentionsTitle.setId("legal-mentions-title");
    Paragraph mentionsHelp =
        new Paragraph(
            "Copiées du modèle national dans chaque version ; elles ne se modifient pas. Le plan"
                + " d'action du contrat se place toujours après les sections et avant ces"
                + " mentions.");
    mentionsHelp.addClassName("secondary");
    mentions.setId("legal-mentions");
    Section legal = new Section(mentionsTitle, mentionsHelp, mentions);
    legal.getElement().setAttribute("aria-labelledby", "legal-mentions-title");

    Div main = new Div(title, sectionsBox, addSection, legal);
    main.addClassName("template-main");
    Div workspace = new Div(main, mergeFields);
    workspace.addClassName("template-workspace");
    add(heading, state, buttons, status, workspace);
    setVisible(false);
  }

  void show(TemplateDetails template, LocalDate today) {
    shown = template;
    dirty = false;
    editable = admin && TemplateLabels.isDraft(template.status());
    heading.setText(TemplateLabels.heading(template));
    state.setText(TemplateLabels.state(template, today));
    title.setValue(template.title() == null ? "" : template.title());
    title.setInvalid(false);
    sections.clear();
    sectionsBox.removeAll();
    template.sections().forEach(this::append);
    lastUsed = null;
    mentions.removeAll();
    template.legalMentions().forEach(m -> mentions.add(new ListItem(m)));
    setVisible(true);
    refresh();
  }

  TemplateDetails shown() {
    return shown;
  }

  boolean isDirty() {
    return dirty;
  }

  String title() {
    return title.getValue();
  }

  List<TemplateSection> sections() {
    return sections.stream().map(SectionFields::section).toList();
  }

  /**
   * Marks the title and the sections the refusals name ("sections[2].body", with its line and
   * column in the message) and focuses the first; returns the messages no field took.
   */
  List<String> showErrors(List<FieldError> errors) {
    clearErrors();
    return FieldErrors.place(errors, this::fieldNamed);
  }

  void clearErrors() {
    List<HasValidation> fields = new ArrayList<>();
    fields.add(title);
    sections.forEach(
        s -> {
          fields.add(s.heading);
          fields.add(s.body);
        });
    FieldErrors.clear(fields);
  }

  private HasValidation fieldNamed(String name) {
    if ("title".equals(name)) {
      return title;
    }
    Matcher m = SECTION_FIELD.matcher(name == null ? "" : name);
    if (!m.matches()) {
      return null;
    }
    int index = Integer.parseInt(m.group(1));
    if (index >= sections.size()) {
      return null;
    }
    SectionFields s = sections.get(index);
    return "heading".equals(m.group(2)) ? s.heading : s.body;
  }

  private void append(TemplateSection section) {
    int index = sections.size();
    SectionFields fields = new SectionFields(index, section, this::changed);
    fields.remove.addClickListener(click -> removeSection(index));
    fields.body.addFocusListener(focus -> lastUsed = fields);
    fields.setEditable(editable);
    sections.add(fields);
    sectionsBox.add(fields);
  }

  private void addSection() {
    append(new TemplateSection("", ""));
    changed();
    sections.get(sections.size() - 1).heading.focus();
  }

  /** Rebuilds the sections without one, so that ids and labels keep following the order. */
  private void removeSection(int index) {
    List<TemplateSection> kept = new ArrayList<>(sections());
    kept.remove(index);
    sections.clear();
    sectionsBox.removeAll();
    kept.forEach(this::append);
    lastUsed = null;
    changed();
    if (!sections.isEmpty()) {
      sections.get(Math.min(index, sections.size() - 1)).heading.focus();
    } else {
      addSection.focus();
    }
  }

  /**
   * Inserts the field where the cursor was in the section text used last (the first section's when
   * none was), then puts the cursor after it. The browser says where the cursor was; the value is
   * changed here so that the server's copy stays the one saved.
   */
  private void insert(MergeField field) {
    if (!editable || sections.isEmpty()) {
      return;
    }
    SectionFields target = lastUsed == null ? sections.get(0) : lastUsed;
    target
        .body
        .getElement()
        .executeJs(
            "const t = this.inputElement;"
                + " return t ? t.selectionStart + ',' + t.selectionEnd : '';")
        .then(String.class, at -> insertAt(target, field, at));
  }

  private void insertAt(SectionFields target, MergeField field, String at) {
    String text = target.body.getValue();
    int[] range = CaretRange.parse(at, text.length());
    String placeholder = field.placeholder();
    target.body.setValue(text.substring(0, range[0]) + placeholder + text.substring(range[1]));
    int caret = range[0] + placeholder.length();
    target
        .body
        .getElement()
        .executeJs(
            "this.focus(); const t = this.inputElement; if (t) { t.setSelectionRange($0, $0); }",
            caret);
    lastUsed = target;
    changed();
  }

  private void changed() {
    if (!dirty) {
      dirty = true;
      refresh();
    }
  }

  private void refresh() {
    boolean draft = shown != null && TemplateLabels.isDraft(shown.status());
    boolean published = shown != null && TemplateLabels.PUBLISHED.equals(shown.status());
    title.setReadOnly(!editable);
    sections.forEach(s -> s.setEditable(editable));
    addSection.setVisible(editable);
    mergeFields.setInsertable(editable);
    save.setVisible(editable);
    publish.setVisible(admin && draft);
    publish.setEnabled(!dirty);
    archive.setVisible(admin && (draft || published));
    newDraft.setVisible(admin && !draft);
    status.setText(status(draft));
  }

  private String status(boolean draft) {
    if (!admin) {
      return "Lecture seule : seul un administrateur du département modifie les modèles. L'aperçu"
          + " sur une personne est ouvert à tous les agents.";
    }
    if (draft) {
      return dirty
          ? "Modifications non enregistrées : enregistrez le brouillon avant de le publier ou d'en"
              + " voir l'aperçu."
          : "Brouillon enregistré : vous pouvez le modifier, en voir l'aperçu ou le publier.";
    }
    return "Une version publiée ou archivée ne se modifie pas : créez un nouveau brouillon à partir"
        + " d'elle pour la faire évoluer.";
  }
}
