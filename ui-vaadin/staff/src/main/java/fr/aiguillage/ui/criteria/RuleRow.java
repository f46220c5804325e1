package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.aiguillage.criteria.Rule;
import fr.aiguillage.vocabulary.Pathway;
import fr.aiguillage.vocabulary.StructureKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One rule of the table, as a list item: its number and code as a heading, its fields, and the
 * buttons that move or delete it. Element ids follow its position ({@code rule-3-condition}, from 0
 * as the service counts), so that a refusal and a browser test find the same field.
 */
class RuleRow extends ListItem {
  /** What the row asks of the table around it. */
  interface Actions {
    void moveUp(RuleRow row);

    void moveDown(RuleRow row);

    void delete(RuleRow row);

    /** A value was changed by the person. */
    void edited();
  }

  private final H3 title = new H3();
  private final Span unverifiedBadge = new Span("à vérifier");
  private final Button verify = new Button("Marquer comme vérifiée");
  private final Button up = iconButton(VaadinIcon.ARROW_UP);
  private final Button down = iconButton(VaadinIcon.ARROW_DOWN);
  private final Button delete = iconButton(VaadinIcon.TRASH);
  final TextField code = new TextField("Code");
  final TextArea condition = new TextArea("Condition (expression CEL)");
  final Select<Pathway> pathway = new Select<>();
  final Select<StructureKind> targetKind = new Select<>();
  final Checkbox needsReview = new Checkbox("Demander un examen approfondi");
  final TextArea explanation = new TextArea("Explication (lue par l'agent et la personne)");
  private final Map<RuleField, HasValidation> byField = new EnumMap<>(RuleField.class);
  private boolean unverified;
  private int index;

  RuleRow(Rule rule, Actions actions) {
    addClassName("rule-row");
    configureFields();
    up.addClickListener(click -> actions.moveUp(this));
    down.addClickListener(click -> actions.moveDown(this));
    delete.addClickListener(click -> actions.delete(this));
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    verify.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    verify.addClickListener(
        click -> {
          setUnverified(false);
          actions.edited();
          code.focus();
        });
    code.addValueChangeListener(e -> refreshTexts());
    for (HasValue<?, ?> field :
        List.<HasValue<?, ?>>of(code, condition, pathway, targetKind, needsReview, explanation)) {
      field.addValueChangeListener(
          e -> {
            if (e.isFromClient()) {
              actions.edited();
            }
          });
    }
    unverifiedBadge.getElement().getThemeList().add("badge");
    unverifiedBadge.getElement().getThemeList().add("contrast");
    unverifiedBadge.getElement().setAttribute("title", "Lecture de la source non confirmée");
    add(header(), fields());
    show(rule);
  }

  private void configureFields() {
    condition.addClassName("rule-condition");
    condition.setHelperText("Ex. age < 26 && activity_now ; « true » pour tous les cas.");
    pathway.setLabel("Parcours");
    pathway.setItems(Pathway.values());
    pathway.setItemLabelGenerator(p -> p == null ? "" : p.label());
    pathway.setPlaceholder("Choisir");
    pathway.setRequiredIndicatorVisible(true);
    targetKind.setLabel("Type de structure (facultatif)");
    targetKind.setItems(StructureKind.values());
    targetKind.setEmptySelectionAllowed(true);
    targetKind.setEmptySelectionCaption("Non précisé (au choix de l'agent)");
    targetKind.setItemLabelGenerator(
        k -> k == null ? "Non précisé (au choix de l'agent)" : k.label());
    code.setRequiredIndicatorVisible(true);
    code.setHelperText("Minuscules, chiffres et tirets");
    code.setMaxLength(50);
    condition.setMaxLength(fr.aiguillage.shared.Limits.LONG_TEXT);
    explanation.setMaxLength(fr.aiguillage.shared.Limits.REASON);
    explanation.setRequiredIndicatorVisible(true);
    byField.put(RuleField.CODE, code);
    byField.put(RuleField.CONDITION, condition);
    byField.put(RuleField.PATHWAY, pathway);
    byField.put(RuleField.TARGET_KIND, targetKind);
    byField.put(RuleField.EXPLANATION, explanation);
    code.setManualValidation(true);
    condition.setManualValidation(true);
    pathway.setManualValidation(true);
    targetKind.setManualValidation(true);
    explanation.setManualValidation(true);
  }

  private HorizontalLayout header() {
    Span spacer = new Span();
    HorizontalLayout header =
        new HorizontalLayout(title, unverifiedBadge, verify, spacer, up, down, delete);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.setFlexGrow(1, spacer);
    header.addClassName("rule-header");
    return header;
  }

  private FormLayout fields() {
    FormLayout layout =
        new FormLayout(code, pathway, targetKind, needsReview, condition, explanation);
    layout.setResponsiveSteps(
        new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2), new ResponsiveStep("56em", 4));
    layout.setColspan(condition, 4);
    layout.setColspan(explanation, 4);
    return layout;
  }

  void show(Rule rule) {
    code.setValue(nullToEmpty(rule.code()));
    condition.setValue(nullToEmpty(rule.condition()));
    pathway.setValue(rule.pathway());
    targetKind.setValue(rule.targetKind());
    needsReview.setValue(rule.needsReview());
    explanation.setValue(nullToEmpty(rule.explanation()));
    setUnverified(rule.unverified());
    clearErrors();
  }

  /** The rule as typed. The condition is sent as is: the lines and columns of errors match it. */
  Rule rule() {
    return new Rule(
        code.getValue().strip(),
        condition.getValue(),
        pathway.getValue(),
        targetKind.getValue(),
        needsReview.getValue(),
        explanation.getValue().strip(),
        unverified);
  }

  int index() {
    return index;
  }

  /** Its place in a table of {@code count} rules: ids, heading, labels and which moves are open. */
  void setPosition(int index, int count) {
    this.index = index;
    String prefix = "rule-" + index;
    setId(prefix);
    code.setId(prefix + "-code");
    condition.setId(prefix + "-condition");
    pathway.setId(prefix + "-pathway");
    targetKind.setId(prefix + "-target");
    needsReview.setId(prefix + "-review");
    explanation.setId(prefix + "-explanation");
    unverifiedBadge.setId(prefix + "-unverified");
    verify.setId(prefix + "-verify");
    up.setId(prefix + "-up");
    down.setId(prefix + "-down");
    delete.setId(prefix + "-delete");
    up.setEnabled(index > 0);
    down.setEnabled(index < count - 1);
    refreshTexts();
  }

  void setEditable(boolean editable) {
    code.setReadOnly(!editable);
    condition.setReadOnly(!editable);
    pathway.setReadOnly(!editable);
    targetKind.setReadOnly(!editable);
    needsReview.setReadOnly(!editable);
    explanation.setReadOnly(!editable);
    up.setVisible(editable);
    down.setVisible(editable);
    delete.setVisible(editable);
    verify.setVisible(editable && unverified);
  }

  /** Adds a refusal under a field; several refusals of one field are read one after the other. */
  HasValidation addError(RuleField field, String message) {
    HasValidation target = byField.get(field);
    String before = target.isInvalid() ? target.getErrorMessage() + " " : "";
    target.setErrorMessage(before + message);
    target.setInvalid(true);
    return target;
  }

  HasValidation field(RuleField field) {
    return byField.get(field);
  }

  void clearErrors() {
    byField.values().forEach(f -> f.setInvalid(false));
  }

  /** Where the focus goes after the row moved: the same button if it can still be pressed. */
  void focusAfterMove(boolean movedUp) {
    Button same = movedUp ? up : down;
    Button other = movedUp ? down : up;
    (same.isEnabled() ? same : other).focus();
  }

  private void setUnverified(boolean value) {
    unverified = value;
    unverifiedBadge.setVisible(value);
    verify.setVisible(value && !code.isReadOnly());
  }

  private void refreshTexts() {
    String number = "la règle " + (index + 1);
    String named = code.getValue().isBlank() ? "" : " — " + code.getValue().strip();
    title.setText("Règle " + (index + 1) + named);
    up.setAriaLabel("Monter " + number);
    up.setTooltipText("Monter " + number);
    down.setAriaLabel("Descendre " + number);
    down.setTooltipText("Descendre " + number);
    delete.setAriaLabel("Supprimer " + number);
    delete.setTooltipText("Supprimer " + number);
    verify.setAriaLabel("Marquer " + number + " comme vérifiée");
  }

  private static Button iconButton(VaadinIcon icon) {
    Button button = new Button(icon.create());
    button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
